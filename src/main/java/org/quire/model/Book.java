package org.quire.model;

import java.util.List;

/** The anthology as data: no format, no files. */
public record Book(BookMeta meta, List<Part> parts) {
    public Book {
        parts = List.copyOf(parts);
    }

    public List<Article> articles() {
        return parts.stream().flatMap(p -> p.articles().stream()).toList();
    }
}
