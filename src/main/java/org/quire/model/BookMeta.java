package org.quire.model;

import java.util.List;

/**
 * The book's own metadata.
 *
 * @param identifier a stable unique id (an ISBN URN or a UUID URN) for the EPUB package
 * @param modified   the build's timestamp, ISO 8601 UTC, from SOURCE_DATE_EPOCH where given
 */
public record BookMeta(
        String title,
        String subtitle,
        List<String> editors,
        String publisher,
        String language,
        String year,
        String identifier,
        String rights,
        String modified) {

    public BookMeta {
        editors = List.copyOf(editors);
    }
}
