package org.quire.build;

import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Editors' YAML ("key: value" lines) as a map; a mistake is reported with the file and line. */
public final class YamlMap {
    private YamlMap() {
    }

    /** @param firstLine the file line the text starts on (front matter starts below its "---") */
    public static Map<String, Object> load(String text, String fileName, int firstLine) {
        try {
            Object loaded = new Yaml(new LoaderOptions()).load(text);
            if (loaded == null) {
                return Map.of();
            }
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new QuireException(fileName, firstLine, "expected 'key: value' lines");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> result = (Map<String, Object>) map;
            return result;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine();
            throw new QuireException(fileName, firstLine + line, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new QuireException(fileName, firstLine, "not valid YAML: " + e.getMessage());
        }
    }
}
