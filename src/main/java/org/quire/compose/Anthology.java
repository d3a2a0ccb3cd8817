package org.quire.compose;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quire.build.QuireException;
import org.quire.model.Article;
import org.quire.model.Book;
import org.quire.model.Part;
import org.quire.model.Slug;

/**
 * Orders the articles into a book as the manifest says. Without contents in the manifest: one
 * part, every article in seed order, translations and repeats of an included article left out.
 */
public final class Anthology {
    private Anthology() {
    }

    /** @param introduction the editor's introduction, opening the book, or null */
    public static Book compose(Manifest manifest, List<Article> articles, Article introduction) {
        Map<String, Article> byId = withUniqueIds(articles);
        List<Part> parts = new ArrayList<>();
        if (introduction != null) {
            parts.add(new Part(null, List.of(introduction)));
        }
        if (manifest.contents().isEmpty()) {
            parts.add(new Part(null, byId.values().stream().filter(a -> a.meta().translationOf() == null).toList()));
        } else {
            for (Manifest.PartSpec spec : manifest.contents()) {
                List<Article> chosen = new ArrayList<>();
                for (String id : spec.articles()) {
                    Article article = byId.get(id);
                    if (article == null) {
                        throw new QuireException(manifest.fileName(), manifest.lineOf(id),
                                "unknown article id '" + id + "' (the ids are in dist/articles/ and the ingest report)");
                    }
                    chosen.add(article);
                }
                parts.add(new Part(spec.title(), chosen));
            }
        }
        return new Book(manifest.meta(), parts);
    }

    /** Ids anchor links and name files, so no two articles may share one: later ones get a suffix. */
    private static Map<String, Article> withUniqueIds(List<Article> articles) {
        Map<String, Article> byId = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Article article : articles) {
            String id = Slug.unique(article.meta().id() == null ? "article" : article.meta().id(), taken);
            byId.put(id, id.equals(article.meta().id()) ? article : new Article(article.meta().withId(id), article.blocks()));
        }
        return byId;
    }
}
