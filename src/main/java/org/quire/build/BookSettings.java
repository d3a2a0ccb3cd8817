package org.quire.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.quire.model.BookMeta;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** The book's metadata from {@code seeds/anthology.yaml}; every key is optional. */
public final class BookSettings {
    public static final String FILE_NAME = "anthology.yaml";
    static final String DEFAULT_TITLE = "Anthology";

    private BookSettings() {
    }

    /** @param modified the build's timestamp (ISO 8601 UTC), fixed by the caller for reproducible output */
    public static BookMeta read(Path seeds, String modified) throws IOException {
        Path file = seeds.resolve(FILE_NAME);
        Map<String, Object> map = Files.exists(file) ? load(file) : Map.of();
        String title = text(map, "title", DEFAULT_TITLE);
        String isbn = text(map, "isbn-ebook", null);
        String identifier = isbn != null ? "urn:isbn:" + isbn.replaceAll("[^0-9Xx]", "")
                : "urn:uuid:" + UUID.nameUUIDFromBytes(title.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new BookMeta(title, text(map, "subtitle", null), list(map.get("editors")), text(map, "publisher", null),
                text(map, "language", "en"), text(map, "year", modified.substring(0, 4)), identifier,
                text(map, "rights", null), modified);
    }

    private static Map<String, Object> load(Path file) throws IOException {
        try {
            Object loaded = new Yaml(new LoaderOptions()).load(Files.readString(file));
            if (loaded == null) {
                return Map.of();
            }
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new QuireException(file.toString(), 1, "expected 'key: value' lines");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> result = (Map<String, Object>) map;
            return result;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new QuireException(file.toString(), line, "not valid YAML: " + e.getProblem());
        }
    }

    private static String text(Map<String, Object> map, String key, String fallback) {
        Object value = map.get(key);
        return value == null || value.toString().isBlank() ? fallback : value.toString().strip();
    }

    private static List<String> list(Object value) {
        if (value instanceof List<?> items) {
            return items.stream().map(Object::toString).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
