package org.quire.sidecar;

import java.util.List;
import java.util.Optional;
import org.quire.markdown.FrontMatter;

/**
 * The editor's word on one article: found by a line it holds ({@code at}) or by the id ingest gave it
 * ({@code article}); either left out of the book ({@code drop}) or given new metadata ({@code fields}).
 *
 * @param at      a seed line inside the article, or 0 when it is found by id
 * @param article the id ingest gave the article, or null when it is found by line
 */
public record ArticleOverride(int at, String article, boolean drop, List<FieldEdit> fields, int sidecarLine) {
    /** The article fields a sidecar may set, named as in front matter ({@code seed} and {@code lines} are ingest's). */
    public static final List<String> FIELDS = List.of(FrontMatter.TITLE, FrontMatter.SUBTITLE, FrontMatter.AUTHOR,
            FrontMatter.DATE, FrontMatter.DATELINE, FrontMatter.SOURCE, FrontMatter.LANG, FrontMatter.TRANSLATION_OF,
            FrontMatter.ID);

    public ArticleOverride {
        fields = List.copyOf(fields);
    }

    /** The edit of one field, when the sidecar makes one. */
    public Optional<FieldEdit> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** "the article at line 95" or "article 'some-id'", for the report and error messages. */
    public String target() {
        return at > 0 ? "the article at line " + at : "article '" + article + "'";
    }
}
