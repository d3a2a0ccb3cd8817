package org.quire.compose;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quire.model.Article;
import org.quire.model.Book;
import org.quire.model.BookMeta;
import org.quire.model.Part;

/** Orders the articles into a book. Without a manifest: one part, every article in seed order. */
public final class Anthology {
    private Anthology() {
    }

    public static Book compose(BookMeta meta, List<Article> articles) {
        List<Article> included = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Article article : articles) {
            // A translation or repeat of an article already in the book is left out by default.
            if (article.meta().translationOf() != null) {
                continue;
            }
            included.add(article.meta().id() != null && ids.add(article.meta().id())
                    ? article
                    : new Article(article.meta().withId(uniqueId(article, ids)), article.blocks()));
        }
        return new Book(meta, List.of(new Part(null, included)));
    }

    /** Ids anchor links and name files, so two articles may not share one. */
    private static String uniqueId(Article article, Set<String> ids) {
        String base = article.meta().id() == null ? "article" : article.meta().id();
        int n = 2;
        while (!ids.add(base + "-" + n)) {
            n++;
        }
        return base + "-" + n;
    }
}
