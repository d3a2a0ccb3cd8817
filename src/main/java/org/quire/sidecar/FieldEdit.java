package org.quire.sidecar;

import java.util.List;

/**
 * One metadata field an editor sets on an article, named as in an article's front matter.
 *
 * @param values the new value; several only for {@code author}; none when the editor empties the field
 */
public record FieldEdit(String key, List<String> values, int sidecarLine) {
    public FieldEdit {
        values = List.copyOf(values);
    }

    /** The single value, or null when the field is emptied. */
    public String value() {
        return values.isEmpty() ? null : values.get(0);
    }
}
