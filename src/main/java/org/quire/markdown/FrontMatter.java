package org.quire.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quire.model.ArticleMeta;

/**
 * The YAML front matter keys of an article file, in the order editors read them. A seed's sidecar names
 * article fields with the same keys.
 */
public final class FrontMatter {
    public static final String TITLE = "title";
    public static final String SUBTITLE = "subtitle";
    public static final String AUTHOR = "author";
    public static final String DATE = "date";
    public static final String DATELINE = "dateline";
    public static final String SOURCE = "source";
    public static final String LANG = "lang";
    public static final String TRANSLATION_OF = "translation-of";
    public static final String ID = "id";
    public static final String SEED = "seed";
    public static final String LINES = "lines";
    public static final String EDITS = "edits";

    private FrontMatter() {
    }

    static Map<String, Object> toMap(ArticleMeta meta) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, ID, meta.id());
        put(map, TITLE, meta.title());
        put(map, SUBTITLE, meta.subtitle());
        map.put(AUTHOR, meta.authors().isEmpty() ? null : meta.authors().size() == 1 ? meta.authors().get(0) : meta.authors());
        put(map, DATE, meta.date());
        put(map, DATELINE, meta.dateline());
        put(map, SOURCE, meta.source());
        put(map, LANG, meta.lang());
        put(map, TRANSLATION_OF, meta.translationOf());
        put(map, SEED, meta.seed());
        put(map, LINES, meta.lines());
        map.put(EDITS, meta.edits().isEmpty() ? null : meta.edits());
        return map;
    }

    static ArticleMeta fromMap(Map<String, Object> map) {
        return new ArticleMeta(
                string(map, ID), string(map, TITLE), string(map, SUBTITLE), strings(map.get(AUTHOR)),
                string(map, DATE), string(map, DATELINE), string(map, SOURCE), string(map, LANG),
                string(map, TRANSLATION_OF), string(map, SEED), string(map, LINES), strings(map.get(EDITS)));
    }

    /** Every key is written, empty ones too, so an editor sees what can be filled in. */
    private static void put(Map<String, Object> map, String key, String value) {
        map.put(key, value);
    }

    /** YAML reads an unquoted date as a date and a number as a number: both are wanted as text. */
    private static String string(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().toString().substring(0, 10);
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> out.add(v.toString().strip()));
        } else if (value != null && !value.toString().isBlank()) {
            out.add(value.toString().strip());
        }
        return out;
    }
}
