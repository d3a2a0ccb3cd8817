package org.quire.build;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.quire.markdown.MarkdownWriter;
import org.quire.model.Article;
import org.quire.model.Slug;

/** Articles as Markdown files named by their ids, one file each. */
public final class ArticleFiles {
    private ArticleFiles() {
    }

    /** Stages one {@code .md} per article under {@code folder}/{@code subfolder}; returns the file names. */
    public static List<String> stage(OutputFolder folder, String subfolder, List<Article> articles) throws IOException {
        List<String> names = new ArrayList<>();
        for (Article article : articles) {
            String base = Slug.of(article.meta().id());
            String name = base + ".md";
            for (int n = 2; names.contains(name); n++) {
                name = base + "-" + n + ".md";
            }
            names.add(name);
            Files.writeString(folder.staged(subfolder.isEmpty() ? name : subfolder + "/" + name), MarkdownWriter.write(article));
        }
        return names;
    }
}
