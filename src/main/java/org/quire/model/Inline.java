package org.quire.model;

import java.util.List;

/** Inline content of a paragraph, heading or note. */
public sealed interface Inline {

    record Text(String text) implements Inline {}

    record Emphasis(List<Inline> content) implements Inline {
        public Emphasis { content = List.copyOf(content); }
    }

    record Strong(List<Inline> content) implements Inline {
        public Strong { content = List.copyOf(content); }
    }

    record Link(String href, List<Inline> content) implements Inline {
        public Link { content = List.copyOf(content); }
    }

    /** A footnote, held where it is called; numbering is the renderer's job. */
    record Note(List<Block> content) implements Inline {
        public Note { content = List.copyOf(content); }
    }

    /** A run with attributes: a language change, an index mark, an anchor. */
    record Span(Attr attr, List<Inline> content) implements Inline {
        public Span { content = List.copyOf(content); }
    }

    record LineBreak() implements Inline {}

    static Inline text(String text) {
        return new Text(text);
    }

    /** The plain text of inlines, notes left out. */
    static String plainText(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Text t) {
                out.append(t.text());
            } else if (inline instanceof Emphasis e) {
                out.append(plainText(e.content()));
            } else if (inline instanceof Strong s) {
                out.append(plainText(s.content()));
            } else if (inline instanceof Link l) {
                out.append(plainText(l.content()));
            } else if (inline instanceof Span s) {
                out.append(plainText(s.content()));
            } else if (inline instanceof LineBreak b) {
                out.append(' ');
            } else if (inline instanceof Note n) {
            }
        }
        return out.toString();
    }
}
