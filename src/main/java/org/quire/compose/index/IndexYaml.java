package org.quire.compose.index;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quire.build.QuireException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads index.yaml through SnakeYAML's node tree rather than plain maps, so that every complaint can
 * name the line an editor has to fix, including complaints about shape (a typo in a key, a list where
 * text belongs).
 *
 * <pre>
 * settings: {min-occurrences: 3, min-acronym-occurrences: 2, auto: true}
 * exclude: [Like]
 * entries:
 *   - term: imperialism
 *     aliases: [imperialist]
 *     sub: [{term: in Honduras, aliases: [Honduran]}]
 *     see-also: [colonialism]
 *   - {term: Yankees, see: United States}
 * </pre>
 * A file that is only a list is read as the entries; an entry that is only text is a term.
 */
final class IndexYaml {
    private final String fileName;

    IndexYaml(String fileName) {
        this.fileName = fileName;
    }

    IndexSpec read(String yaml) {
        Node root = compose(yaml);
        if (root == null) {
            return IndexSpec.AUTOMATIC;
        }
        if (root instanceof SequenceNode) {
            return new IndexSpec(entries(root), List.of(), true,
                    IndexSpec.DEFAULT_MIN_OCCURRENCES, IndexSpec.DEFAULT_MIN_OCCURRENCES);
        }
        List<CuratedEntry> entries = List.of();
        List<String> exclude = List.of();
        boolean auto = true;
        int min = IndexSpec.DEFAULT_MIN_OCCURRENCES;
        Integer minAcronyms = null;
        for (NodeTuple tuple : mapping(root).getValue()) {
            String key = key(tuple);
            Node value = tuple.getValueNode();
            if (key.equals("entries")) {
                entries = entries(value);
            } else if (key.equals("exclude")) {
                exclude = texts(value);
            } else if (key.equals("settings")) {
                for (NodeTuple setting : mapping(value).getValue()) {
                    String name = key(setting);
                    Node v = setting.getValueNode();
                    if (name.equals("min-occurrences")) {
                        min = positive(v);
                    } else if (name.equals("min-acronym-occurrences")) {
                        minAcronyms = positive(v);
                    } else if (name.equals("auto")) {
                        auto = bool(v);
                    } else {
                        throw error(setting.getKeyNode(), "unknown setting '" + name
                                + "' (known: min-occurrences, min-acronym-occurrences, auto)");
                    }
                }
            } else {
                throw error(tuple.getKeyNode(), "unknown key '" + key + "' (known: settings, exclude, entries)");
            }
        }
        return new IndexSpec(entries, exclude, auto, min, minAcronyms == null ? min : minAcronyms);
    }

    private Node compose(String yaml) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new QuireException(fileName, mark == null ? 0 : mark.getLine() + 1, "bad YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new QuireException(fileName, "bad YAML: " + e.getMessage());
        }
    }

    private List<CuratedEntry> entries(Node node) {
        List<CuratedEntry> entries = new ArrayList<>();
        Set<String> terms = new HashSet<>();
        for (Node item : sequence(node).getValue()) {
            CuratedEntry entry = entry(item, true);
            if (!terms.add(entry.term().toLowerCase(Locale.ROOT))) {
                throw error(item, "the term '" + entry.term() + "' has two entries; merge them");
            }
            entries.add(entry);
        }
        return entries;
    }

    private CuratedEntry entry(Node node, boolean topLevel) {
        if (node instanceof ScalarNode) {
            return CuratedEntry.of(text(node));
        }
        String term = null;
        String sort = null;
        String see = null;
        List<String> aliases = List.of();
        List<String> seeAlso = List.of();
        List<CuratedEntry> subs = List.of();
        for (NodeTuple tuple : mapping(node).getValue()) {
            String key = key(tuple);
            Node value = tuple.getValueNode();
            if (key.equals("term")) {
                term = text(value);
            } else if (key.equals("sort")) {
                sort = text(value);
            } else if (key.equals("aliases")) {
                aliases = texts(value);
            } else if (topLevel && key.equals("sub")) {
                subs = new ArrayList<>();
                for (Node sub : sequence(value).getValue()) {
                    subs.add(entry(sub, false));
                }
            } else if (topLevel && key.equals("see")) {
                see = text(value);
            } else if (topLevel && key.equals("see-also")) {
                seeAlso = texts(value);
            } else {
                throw error(tuple.getKeyNode(), "unknown key '" + key + "' in " + (topLevel
                        ? "an entry (known: term, sort, aliases, sub, see, see-also)"
                        : "a sub-entry (known: term, sort, aliases)"));
            }
        }
        if (term == null) {
            throw error(node, "an entry without 'term'");
        }
        if (see != null && (!subs.isEmpty() || !aliases.isEmpty())) {
            // A "see" entry sends the reader elsewhere and has no page numbers of its own.
            throw error(node, "'" + term + "' has 'see', so it cannot have aliases or sub-entries");
        }
        return new CuratedEntry(term, sort, aliases, subs, see, seeAlso);
    }

    private MappingNode mapping(Node node) {
        if (node instanceof MappingNode m) {
            return m;
        }
        throw error(node, "expected keys and values here");
    }

    private SequenceNode sequence(Node node) {
        if (node instanceof SequenceNode s) {
            return s;
        }
        throw error(node, "expected a list here");
    }

    private String key(NodeTuple tuple) {
        return text(tuple.getKeyNode());
    }

    private String text(Node node) {
        if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
            return s.getValue().strip();
        }
        throw error(node, "expected text here");
    }

    /** A list of texts, or one text standing for a list of one. */
    private List<String> texts(Node node) {
        if (node instanceof ScalarNode) {
            return List.of(text(node));
        }
        List<String> out = new ArrayList<>();
        for (Node item : sequence(node).getValue()) {
            out.add(text(item));
        }
        return out;
    }

    private int positive(Node node) {
        String value = text(node);
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, with the line
        }
        throw error(node, "expected a whole number of 1 or more, not '" + value + "'");
    }

    private boolean bool(Node node) {
        String value = text(node).toLowerCase(Locale.ROOT);
        if (value.equals("true") || value.equals("yes")) {
            return true;
        }
        if (value.equals("false") || value.equals("no")) {
            return false;
        }
        throw error(node, "expected true or false, not '" + value + "'");
    }

    private QuireException error(Node node, String message) {
        return new QuireException(fileName, node.getStartMark().getLine() + 1, message);
    }
}
