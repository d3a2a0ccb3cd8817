package org.quire.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.nio.charset.StandardCharsets;
import org.quire.build.QuireException;
import org.quire.build.YamlMap;
import org.quire.model.BookMeta;

/**
 * The anthology manifest ({@code seeds/anthology.yaml}): the book's metadata and, optionally, its
 * contents as titled parts listing article ids. Every key is optional.
 *
 * @param contents the parts in order; empty means one untitled part with every article in seed order
 */
public record Manifest(BookMeta meta, List<PartSpec> contents, String fileName, String text) {
    public static final String FILE_NAME = "anthology.yaml";
    static final String DEFAULT_TITLE = "Anthology";
    private static final Set<String> KEYS = Set.of("title", "subtitle", "editors", "publisher", "place", "year",
            "language", "isbn-print", "isbn-ebook", "rights", "description", "trim", "contents");

    /** A part of the book: its title (null for none) and its articles' ids, in order. */
    public record PartSpec(String title, List<String> articles) {
        public PartSpec {
            articles = List.copyOf(articles);
        }
    }

    public Manifest {
        contents = List.copyOf(contents);
    }

    /**
     * @param text     the manifest's YAML, or null when the book has none
     * @param modified the build's timestamp (ISO 8601 UTC)
     */
    public static Manifest parse(String text, String fileName, String modified) {
        Map<String, Object> map = text == null ? Map.of() : YamlMap.load(text, fileName, 1);
        for (String key : map.keySet()) {
            if (!KEYS.contains(key)) {
                throw new QuireException(fileName, lineOf(text, key + ":"), "unknown key '" + key + "'; known keys: " + new java.util.TreeSet<>(KEYS));
            }
        }
        String title = string(map, "title", DEFAULT_TITLE);
        String isbnEbook = string(map, "isbn-ebook", null);
        String identifier = isbnEbook != null ? "urn:isbn:" + isbnEbook.replaceAll("[^0-9Xx]", "")
                : "urn:uuid:" + UUID.nameUUIDFromBytes(title.getBytes(StandardCharsets.UTF_8));
        BookMeta meta = new BookMeta(title, string(map, "subtitle", null), strings(map.get("editors")),
                string(map, "publisher", null), string(map, "place", null), string(map, "language", "en"),
                string(map, "year", modified.substring(0, 4)), identifier, string(map, "isbn-print", null),
                string(map, "rights", null), string(map, "description", null), string(map, "trim", null), modified);
        return new Manifest(meta, parts(map.get("contents"), fileName, text), fileName, text);
    }

    /** The line of the first occurrence of {@code needle}, for error messages; 1 when not found. */
    int lineOf(String needle) {
        return lineOf(text, needle);
    }

    private static int lineOf(String text, String needle) {
        if (text == null) {
            return 1;
        }
        int at = text.indexOf(needle);
        return at < 0 ? 1 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static List<PartSpec> parts(Object contents, String fileName, String text) {
        List<PartSpec> parts = new ArrayList<>();
        if (contents == null) {
            return parts;
        }
        if (!(contents instanceof List<?> list)) {
            throw new QuireException(fileName, lineOf(text, "contents:"), "'contents' must be a list of parts");
        }
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> part) || !(part.get("articles") instanceof List<?> ids)) {
                throw new QuireException(fileName, lineOf(text, "contents:"),
                        "each part needs 'articles:', a list of article ids (and may have 'part:', its title)");
            }
            Object title = part.get("part");
            parts.add(new PartSpec(title == null ? null : title.toString(), ids.stream().map(Object::toString).toList()));
        }
        return parts;
    }

    private static String string(Map<String, Object> map, String key, String fallback) {
        Object value = map.get(key);
        return value == null || value.toString().isBlank() ? fallback : value.toString().strip();
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> items) {
            return items.stream().map(Object::toString).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
