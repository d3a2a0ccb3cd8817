package org.quire.model;

import java.util.List;

/**
 * The book's own metadata.
 *
 * @param identifier a stable unique id for the e-book: its ISBN as a URN, or a name-based UUID URN
 * @param isbnPrint  the print edition's ISBN, or null
 * @param trim       the print trim size as CSS {@code @page size} ("A5", "6in 9in")
 * @param modified   the build's timestamp, ISO 8601 UTC, from SOURCE_DATE_EPOCH where given
 */
public record BookMeta(
        String title,
        String subtitle,
        List<String> editors,
        String publisher,
        String place,
        String language,
        String year,
        String identifier,
        String isbnPrint,
        String rights,
        String description,
        String trim,
        String modified) {

    public BookMeta {
        editors = List.copyOf(editors);
    }
}
