package org.quire.compose.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quire.build.YamlNodes;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads index.yaml through {@link YamlNodes}, so that every complaint names the line an editor has to fix.
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
    private final YamlNodes yaml;

    IndexYaml(String fileName) {
        this.yaml = new YamlNodes(fileName);
    }

    IndexSpec read(String text) {
        Node root = yaml.compose(text);
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
        for (NodeTuple tuple : yaml.mapping(root).getValue()) {
            String key = yaml.key(tuple);
            Node value = tuple.getValueNode();
            if (key.equals("entries")) {
                entries = entries(value);
            } else if (key.equals("exclude")) {
                exclude = yaml.texts(value);
            } else if (key.equals("settings")) {
                for (NodeTuple setting : yaml.mapping(value).getValue()) {
                    String name = yaml.key(setting);
                    Node v = setting.getValueNode();
                    if (name.equals("min-occurrences")) {
                        min = yaml.positive(v);
                    } else if (name.equals("min-acronym-occurrences")) {
                        minAcronyms = yaml.positive(v);
                    } else if (name.equals("auto")) {
                        auto = yaml.bool(v);
                    } else {
                        throw yaml.error(setting.getKeyNode(), "unknown setting '" + name
                                + "' (known: min-occurrences, min-acronym-occurrences, auto)");
                    }
                }
            } else {
                throw yaml.error(tuple.getKeyNode(), "unknown key '" + key + "' (known: settings, exclude, entries)");
            }
        }
        return new IndexSpec(entries, exclude, auto, min, minAcronyms == null ? min : minAcronyms);
    }

    private List<CuratedEntry> entries(Node node) {
        List<CuratedEntry> entries = new ArrayList<>();
        Set<String> terms = new HashSet<>();
        for (Node item : yaml.sequence(node).getValue()) {
            CuratedEntry entry = entry(item, true);
            if (!terms.add(entry.term().toLowerCase(Locale.ROOT))) {
                throw yaml.error(item, "the term '" + entry.term() + "' has two entries; merge them");
            }
            entries.add(entry);
        }
        return entries;
    }

    private CuratedEntry entry(Node node, boolean topLevel) {
        if (node instanceof ScalarNode) {
            return CuratedEntry.of(yaml.text(node));
        }
        String term = null;
        String sort = null;
        String see = null;
        List<String> aliases = List.of();
        List<String> seeAlso = List.of();
        List<CuratedEntry> subs = List.of();
        for (NodeTuple tuple : yaml.mapping(node).getValue()) {
            String key = yaml.key(tuple);
            Node value = tuple.getValueNode();
            if (key.equals("term")) {
                term = yaml.text(value);
            } else if (key.equals("sort")) {
                sort = yaml.text(value);
            } else if (key.equals("aliases")) {
                aliases = yaml.texts(value);
            } else if (topLevel && key.equals("sub")) {
                subs = new ArrayList<>();
                for (Node sub : yaml.sequence(value).getValue()) {
                    subs.add(entry(sub, false));
                }
            } else if (topLevel && key.equals("see")) {
                see = yaml.text(value);
            } else if (topLevel && key.equals("see-also")) {
                seeAlso = yaml.texts(value);
            } else {
                throw yaml.error(tuple.getKeyNode(), "unknown key '" + key + "' in " + (topLevel
                        ? "an entry (known: term, sort, aliases, sub, see, see-also)"
                        : "a sub-entry (known: term, sort, aliases)"));
            }
        }
        if (term == null) {
            throw yaml.error(node, "an entry without 'term'");
        }
        if (see != null && (!subs.isEmpty() || !aliases.isEmpty())) {
            // A "see" entry sends the reader elsewhere and has no page numbers of its own.
            throw yaml.error(node, "'" + term + "' has 'see', so it cannot have aliases or sub-entries");
        }
        return new CuratedEntry(term, sort, aliases, subs, see, seeAlso);
    }
}
