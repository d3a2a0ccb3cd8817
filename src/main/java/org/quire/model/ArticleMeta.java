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
 * @param edits        what was changed on the way from the source text, in words a reader of the
 *                     sources page understands ("captions and photo credits removed (4 lines)")
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
        String lines,
        List<String> edits) {

    public ArticleMeta {
        authors = List.copyOf(authors);
        edits = List.copyOf(edits);
    }

    /** Metadata with no editorial history: curated or hand-made articles. */
    public ArticleMeta(String id, String title, String subtitle, List<String> authors, String date, String dateline,
            String source, String lang, String translationOf, String seed, String lines) {
        this(id, title, subtitle, authors, date, dateline, source, lang, translationOf, seed, lines, List.of());
    }

    public ArticleMeta withId(String newId) {
        return new ArticleMeta(newId, title, subtitle, authors, date, dateline, source, lang, translationOf, seed, lines, edits);
    }
}
