package org.quire.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.quire.model.Article;
import org.quire.model.Block;
import org.quire.model.Inline;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/** Writes an article as Markdown with YAML front matter: the form editors curate and Quire reads back. */
public final class MarkdownWriter {
    private static final Pattern LINE_START_MARKUP = Pattern.compile("^(#{1,6}\\s|>|[-+*]\\s|\\d+[.)]\\s|=+$|-+$)");

    private final StringBuilder out = new StringBuilder();
    private final List<Inline.Note> notes = new ArrayList<>();

    private MarkdownWriter() {
    }

    public static String write(Article article) {
        MarkdownWriter writer = new MarkdownWriter();
        writer.frontMatter(article);
        writer.blocks(article.blocks(), "");
        writer.footnotes();
        return writer.out.toString();
    }

    private void frontMatter(Article article) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(10_000);
        options.setAllowUnicode(true);
        out.append("---\n").append(new Yaml(new BlankNulls(options), options).dump(FrontMatter.toMap(article.meta())))
                .append("---\n\n");
    }

    /** Writes an unknown value as nothing ("date:") rather than "null", which an editor might keep as text. */
    private static final class BlankNulls extends Representer {
        BlankNulls(DumperOptions options) {
            super(options);
            this.nullRepresenter = data -> representScalar(Tag.NULL, "");
        }
    }

    private void blocks(List<Block> blocks, String prefix) {
        boolean first = true;
        for (Block block : blocks) {
            if (!first) {
                out.append(prefix.stripTrailing()).append('\n');
            }
            first = false;
            block(block, prefix);
        }
    }

    private void block(Block block, String prefix) {
        if (block instanceof Block.Heading h) {
            line(prefix, "#".repeat(Math.min(6, h.level())) + " " + inlines(h.content()));
        } else if (block instanceof Block.Paragraph p) {
            line(prefix, escapeLineStart(inlines(p.content())));
        } else if (block instanceof Block.Quote q) {
            blocks(q.content(), prefix + "> ");
            if (!q.attribution().isEmpty()) {
                line(prefix + ">", "");
                line(prefix + "> ", "\u2014" + inlines(q.attribution()));
            }
        } else if (block instanceof Block.ListBlock l) {
            int n = l.start();
            for (List<Block> item : l.items()) {
                String marker = l.ordered() ? (n++) + ". " : "- ";
                indented(prefix, marker, " ".repeat(marker.length()), item);
            }
        } else if (block instanceof Block.Div d) {
            blocks(d.content(), prefix);
        } else if (block instanceof Block.ThematicBreak t) {
            line(prefix, "* * *");
        } else if (block instanceof Block.CodeBlock c) {
            // A fence longer than any run of backticks inside the code.
            String fence = "`".repeat(Math.max(3, longestRun(c.text(), '`') + 1));
            line(prefix, fence);
            c.text().lines().forEach(l -> line(prefix, l));
            line(prefix, fence);
        }
    }

    private static int longestRun(String text, char c) {
        int longest = 0;
        int run = 0;
        for (char ch : text.toCharArray()) {
            run = ch == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private void line(String prefix, String text) {
        out.append(prefix).append(text).append('\n');
    }

    private String inlines(List<Inline> inlines) {
        StringBuilder text = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                text.append(escape(t.text()));
            } else if (inline instanceof Inline.Emphasis e) {
                text.append('*').append(inlines(e.content())).append('*');
            } else if (inline instanceof Inline.Strong s) {
                text.append("**").append(inlines(s.content())).append("**");
            } else if (inline instanceof Inline.Link l) {
                text.append('[').append(inlines(l.content())).append("](").append(l.href()).append(')');
            } else if (inline instanceof Inline.Span s) {
                text.append(inlines(s.content()));
            } else if (inline instanceof Inline.LineBreak b) {
                text.append("\\\n");
            } else if (inline instanceof Inline.Note n) {
                notes.add(n);
                text.append("[^").append(notes.size()).append(']');
            }
        }
        return text.toString();
    }

    private void footnotes() {
        // Notes may call further notes while being written; index, not iterator.
        for (int i = 0; i < notes.size(); i++) {
            out.append('\n');
            indented("", "[^" + (i + 1) + "]: ", "    ", notes.get(i).content());
        }
    }

    /** Blocks whose first line follows {@code marker} and whose other lines are indented under it. */
    private void indented(String prefix, String marker, String indent, List<Block> content) {
        int start = out.length();
        blocks(content, "");
        String[] lines = out.substring(start).split("\n", -1);
        out.setLength(start);
        for (int i = 0; i < lines.length - 1; i++) {
            String text = lines[i];
            out.append(prefix).append(i == 0 ? marker : text.isEmpty() ? "" : indent).append(text).append('\n');
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A paragraph that happens to begin like a heading, list or quote must stay a paragraph. */
    private static String escapeLineStart(String text) {
        if (LINE_START_MARKUP.matcher(text).find()) {
            int digits = 0;
            while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
                digits++;
            }
            return digits > 0 ? text.substring(0, digits) + "\\" + text.substring(digits) : "\\" + text;
        }
        return text;
    }
}
