package org.quire.ingest;

import java.util.ArrayList;
import java.util.List;
import org.quire.model.Article;
import org.quire.model.ArticleMeta;
import org.quire.model.Block;
import org.quire.model.Inline;

/** Placeholder until the ingest branch lands: one article per file, paragraphs kept. */
public final class Ingest {
    private Ingest() {
    }

    public static IngestResult ingest(String seedName, String text) {
        List<Block> blocks = new ArrayList<>();
        String title = null;
        for (String para : text.split("\\n\\s*\\n")) {
            String p = para.strip().replaceAll("\\s*\\n\\s*", " ");
            if (p.isEmpty()) {
                continue;
            }
            if (title == null) {
                title = p.length() > 80 ? p.substring(0, 80) : p;
            }
            blocks.add(new Block.Paragraph(List.of(Inline.text(p))));
        }
        String id = seedName.replaceAll("\\..*$", "").toLowerCase();
        ArticleMeta meta = new ArticleMeta(id, title, null, List.of(), null, null, null, "en", null, seedName, null);
        return new IngestResult(List.of(new Article(meta, blocks)), new SeedReport(seedName));
    }
}
