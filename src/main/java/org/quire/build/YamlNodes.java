package org.quire.build;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.yaml.snakeyaml.nodes.Tag;

/**
 * An editor's YAML file read through SnakeYAML's node tree rather than plain maps, so that every
 * complaint can name the line to fix, including complaints about shape (a typo in a key, a list where
 * text belongs).
 */
public final class YamlNodes {
    private final String fileName;

    public YamlNodes(String fileName) {
        this.fileName = fileName;
    }

    /** The document's root node, or null when the file holds nothing. */
    public Node compose(String yaml) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new QuireException(fileName, mark == null ? 0 : mark.getLine() + 1, "bad YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new QuireException(fileName, "bad YAML: " + e.getMessage());
        }
    }

    public MappingNode mapping(Node node) {
        if (node instanceof MappingNode m) {
            return m;
        }
        throw error(node, "expected keys and values here");
    }

    public SequenceNode sequence(Node node) {
        if (node instanceof SequenceNode s) {
            return s;
        }
        throw error(node, "expected a list here");
    }

    /** The items of a list, or one value standing for a list of one. */
    public List<Node> items(Node node) {
        return node instanceof ScalarNode ? List.of(node) : sequence(node).getValue();
    }

    public String key(NodeTuple tuple) {
        return text(tuple.getKeyNode());
    }

    public String text(Node node) {
        if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
            return s.getValue().strip();
        }
        throw error(node, "expected text here");
    }

    /** A list of texts, or one text standing for a list of one. */
    public List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        for (Node item : items(node)) {
            out.add(text(item));
        }
        return out;
    }

    /** An empty value ({@code key:}, {@code key: null}, {@code key: ""}): the editor wants nothing there. */
    public static boolean isEmpty(Node node) {
        return node instanceof ScalarNode s && (s.getTag().equals(Tag.NULL) || s.getValue().isBlank());
    }

    public int positive(Node node) {
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

    public boolean bool(Node node) {
        String value = text(node).toLowerCase(Locale.ROOT);
        if (value.equals("true") || value.equals("yes")) {
            return true;
        }
        if (value.equals("false") || value.equals("no")) {
            return false;
        }
        throw error(node, "expected true or false, not '" + value + "'");
    }

    /** The 1-based line the node starts on, as editors count lines. */
    public static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    public QuireException error(Node node, String message) {
        return new QuireException(fileName, line(node), message);
    }
}
