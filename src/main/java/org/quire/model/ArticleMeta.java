package org.quire.model;

import java.util.List;

/**
 * What is known about an article: from its text, an editor's sidecar, or curated front matter.
 * Absent values are null (or an empty list), never empty strings.
 *
 * @param id           stable slug used by the manifest and for anchors
 * @param date         ISO 8601 (yyyy-mm-dd, or a shorter prefix when only that is known)
 * @param seed         the seed file the article came from
 * @param lines        the seed's line range, "first-last"
 * @param translationOf id of the article this one translates or repeats
 */
public record ArticleMeta(
        String id,
        String title,
        String subtitle,
        List<String> authors,
        String date,
        String dateline,
        String source,
        String lang,
        String translationOf,
        String seed,
        String lines) {

    public ArticleMeta {
        authors = List.copyOf(authors);
    }

    public ArticleMeta withId(String newId) {
        return new ArticleMeta(newId, title, subtitle, authors, date, dateline, source, lang, translationOf, seed, lines);
    }
}
