package org.quire.model;

import java.util.List;

/** A titled group of articles; a book without parts has one part with no title. */
public record Part(String title, List<Article> articles) {
    public Part {
        articles = List.copyOf(articles);
    }
}
