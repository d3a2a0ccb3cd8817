package org.quire.build;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        Set<String> taken = new HashSet<>();
        for (Article article : articles) {
            String name = Slug.unique(Slug.of(article.meta().id()), taken) + ".md";
            names.add(name);
            Files.writeString(folder.staged(subfolder.isEmpty() ? name : subfolder + "/" + name), MarkdownWriter.write(article));
        }
        return names;
    }
}
