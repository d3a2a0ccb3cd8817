package org.quire.ingest;

import java.util.ArrayList;
import java.util.List;
import org.quire.model.Attr;
import org.quire.model.Block;
import org.quire.model.Inline;

/** Turns an article's body chunks into blocks: section headings and paragraphs. */
final class BodyBuilder {
    static final int HEADING_WORDS = 15;

    private BodyBuilder() {
    }

    static List<Block> build(ArticleDraft draft) {
        List<Block> blocks = new ArrayList<>();
        for (Piece p : draft.body) {
            if (p.isDropped()) {
                continue;
            }
            if (isHeading(p.text)) {
                blocks.add(new Block.Heading(1, List.of(Inline.text(p.text.strip())), Attr.NONE));
            } else {
                blocks.add(new Block.Paragraph(List.of(Inline.text(p.text.strip()))));
            }
        }
        return blocks;
    }

    /** A short title-like line that is neither an exclamation nor a label ending in a colon. */
    static boolean isHeading(String text) {
        String bare = Words.withoutClosers(text);
        return TitleRule.looksLikeTitle(text) && Words.count(text) <= HEADING_WORDS && !bare.endsWith("!");
    }
}
