package org.quire.sidecar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quire.build.YamlNodes;
import org.quire.markdown.FrontMatter;
import org.quire.model.Slug;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads a seed's sidecar into {@link Overrides}; a mistake in it stops with the sidecar's name and line.
 *
 * <pre>
 * split-before: [57]          # an article starts at each of these lines
 * keep: ["12"]                # lines no rule may drop ("12-14" for a range)
 * drop: ["30-31"]             # lines left out of every article
 * articles:
 *   - at: 40                  # the article whose lines include line 40 ...
 *     title: A Better Title   # ... gets these front matter fields (author may be a list)
 *   - article: an-ingest-id   # ... or the article ingest gave this id
 *     drop: true              # is left out
 * </pre>
 * Line numbers are checked against the seed, and {@code at} and {@code article} against its articles,
 * when ingest applies the overrides.
 */
public final class SidecarReader {
    static final String SPLIT_BEFORE = "split-before";
    static final String KEEP = "keep";
    static final String DROP = "drop";
    static final String ARTICLES = "articles";
    static final String AT = "at";
    static final String ARTICLE = "article";

    /** Fields an article cannot do without, so a sidecar may change them but not empty them. */
    private static final Set<String> REQUIRED = Set.of(FrontMatter.TITLE, FrontMatter.ID, FrontMatter.LANG);
    private static final Pattern RANGE = Pattern.compile("(\\d{1,7})\\s*(?:[-–]\\s*(\\d{1,7}))?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");

    private final String fileName;
    private final YamlNodes yaml;

    private SidecarReader(String fileName) {
        this.fileName = fileName;
        this.yaml = new YamlNodes(fileName);
    }

    /** @param fileName the sidecar's path, named in errors */
    public static Overrides read(String text, String fileName) {
        return new SidecarReader(fileName).read(text);
    }

    private Overrides read(String text) {
        Node root = yaml.compose(text);
        List<LineRange> splits = List.of();
        List<LineRange> keep = List.of();
        List<LineRange> drop = List.of();
        List<ArticleOverride> articles = List.of();
        if (root != null) {
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : yaml.mapping(root).getValue()) {
                String key = once(tuple, seen);
                Node value = tuple.getValueNode();
                switch (key) {
                    case SPLIT_BEFORE -> splits = lines(value, false);
                    case KEEP -> keep = lines(value, true);
                    case DROP -> drop = lines(value, true);
                    case ARTICLES -> articles = articles(value);
                    default -> throw yaml.error(tuple.getKeyNode(), "unknown key '" + key + "' (known: "
                            + String.join(", ", SPLIT_BEFORE, KEEP, DROP, ARTICLES) + ")");
                }
            }
        }
        Overrides overrides = new Overrides(fileName, splits, keep, drop, articles);
        for (LineRange dropped : drop) {
            for (LineRange kept : keep) {
                if (dropped.overlaps(kept)) {
                    throw overrides.error(dropped.sidecarLine(), "line(s) " + dropped + " to drop overlap line(s) "
                            + kept + " to keep (line " + kept.sidecarLine() + ")");
                }
            }
        }
        return overrides;
    }

    /** The tuple's key, which must not stand twice in one mapping: the second would silently win. */
    private String once(NodeTuple tuple, Set<String> seen) {
        String key = yaml.key(tuple);
        if (!seen.add(key)) {
            throw yaml.error(tuple.getKeyNode(), "'" + key + "' stands twice here; keep one");
        }
        return key;
    }

    /** Line numbers ("41", 41) or, where allowed, ranges ("12-14"); one value stands for a list of one. */
    private List<LineRange> lines(Node node, boolean rangesAllowed) {
        List<LineRange> out = new ArrayList<>();
        for (Node item : yaml.items(node)) {
            String text = yaml.text(item);
            Matcher m = RANGE.matcher(text);
            if (!m.matches() || (!rangesAllowed && m.group(2) != null)) {
                throw yaml.error(item, "expected a line number" + (rangesAllowed ? " or a range like \"12-14\"" : "")
                        + ", not '" + text + "'");
            }
            int first = Integer.parseInt(m.group(1));
            int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
            if (first < 1 || last < first) {
                throw yaml.error(item, "'" + text + "' is no range of lines: lines count from 1, the first before the last");
            }
            out.add(new LineRange(first, last, YamlNodes.line(item)));
        }
        return out;
    }

    private List<ArticleOverride> articles(Node node) {
        List<ArticleOverride> out = new ArrayList<>();
        for (Node item : yaml.sequence(node).getValue()) {
            out.add(article(item));
        }
        return out;
    }

    private ArticleOverride article(Node node) {
        int at = 0;
        String article = null;
        boolean drop = false;
        List<FieldEdit> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : yaml.mapping(node).getValue()) {
            String key = once(tuple, seen);
            Node value = tuple.getValueNode();
            if (key.equals(AT)) {
                at = yaml.positive(value);
            } else if (key.equals(ARTICLE)) {
                article = yaml.text(value);
            } else if (key.equals(DROP)) {
                drop = yaml.bool(value);
            } else if (ArticleOverride.FIELDS.contains(key)) {
                fields.add(field(key, tuple));
            } else {
                throw yaml.error(tuple.getKeyNode(), "unknown key '" + key + "' for an article (known: " + AT + ", "
                        + ARTICLE + ", " + DROP + ", " + String.join(", ", ArticleOverride.FIELDS) + ")");
            }
        }
        if ((at > 0) == (article != null)) {
            throw yaml.error(node, "say which article with one of 'at: LINE' (a line it holds) or 'article: ID' "
                    + "(the id ingest gave it)");
        }
        if (drop && !fields.isEmpty()) {
            throw yaml.error(node, "a dropped article takes no other fields: it is left out");
        }
        if (!drop && fields.isEmpty()) {
            throw yaml.error(node, "nothing to do for " + (at > 0 ? "line " + at : article)
                    + ": give fields to set, or 'drop: true'");
        }
        return new ArticleOverride(at, article, drop, fields, YamlNodes.line(node));
    }

    private FieldEdit field(String key, NodeTuple tuple) {
        Node value = tuple.getValueNode();
        int line = YamlNodes.line(tuple.getKeyNode());
        if (YamlNodes.isEmpty(value)) {
            if (REQUIRED.contains(key)) {
                throw yaml.error(tuple.getKeyNode(), "'" + key + "' cannot be empty");
            }
            return new FieldEdit(key, List.of(), line);
        }
        if (key.equals(FrontMatter.AUTHOR)) {
            return new FieldEdit(key, yaml.texts(value), line);
        }
        String text = yaml.text(value);
        switch (key) {
            case FrontMatter.DATE -> checkDate(value, text);
            case FrontMatter.LANG -> check(value, LANGUAGE.matcher(text).matches(),
                    "a language is a code like 'en' or 'es', not '" + text + "'");
            case FrontMatter.ID, FrontMatter.TRANSLATION_OF -> check(value, Slug.of(text).equals(text),
                    "an id is lowercase words joined by hyphens, like '" + Slug.of(text) + "', not '" + text + "'");
            default -> {
                // free text
            }
        }
        return new FieldEdit(key, List.of(text), line);
    }

    private void checkDate(Node node, String text) {
        try {
            if (ISO_DATE.matcher(text).matches()) {
                if (text.length() == 10) {
                    LocalDate.parse(text);
                } else if (text.length() == 7) {
                    YearMonth.parse(text);
                }
                return;
            }
        } catch (DateTimeParseException e) {
            // reported below, with the line
        }
        throw yaml.error(node, "a date is written yyyy, yyyy-mm or yyyy-mm-dd (ISO 8601), not '" + text + "'");
    }

    private void check(Node node, boolean ok, String message) {
        if (!ok) {
            throw yaml.error(node, message);
        }
    }
}
