package org.quire.model;

import java.util.List;

/** Block content of an article. */
public sealed interface Block {

    record Heading(int level, List<Inline> content, Attr attr) implements Block {
        public Heading { content = List.copyOf(content); }
    }

    record Paragraph(List<Inline> content, Attr attr) implements Block {
        public Paragraph { content = List.copyOf(content); }

        public Paragraph(List<Inline> content) {
            this(content, Attr.NONE);
        }
    }

    /** A block quote or epigraph; the attribution ("— Name") is kept apart from the quoted text. */
    record Quote(List<Block> content, List<Inline> attribution, Attr attr) implements Block {
        public Quote {
            content = List.copyOf(content);
            attribution = List.copyOf(attribution);
        }
    }

    /** A bulleted or numbered list; numbering starts at {@code start}. */
    record ListBlock(boolean ordered, int start, List<List<Block>> items) implements Block {
        public ListBlock { items = items.stream().map(List::copyOf).toList(); }
    }

    /** A container with attributes: an editorial note, an interview answer, a passage in another language. */
    record Div(Attr attr, List<Block> content) implements Block {
        public Div { content = List.copyOf(content); }
    }

    record ThematicBreak() implements Block {}

    /** Program code or another text whose lines and spaces are its meaning: set as written, never retyped. */
    record CodeBlock(String text) implements Block {}

    /** The plain text of a block, its parts joined by spaces, notes left out. */
    static String plainText(Block block) {
        if (block instanceof Heading h) {
            return Inline.plainText(h.content());
        } else if (block instanceof Paragraph p) {
            return Inline.plainText(p.content());
        } else if (block instanceof Quote q) {
            return join(q.content()) + (q.attribution().isEmpty() ? "" : " " + Inline.plainText(q.attribution()));
        } else if (block instanceof ListBlock l) {
            return String.join(" ", l.items().stream().map(Block::join).toList());
        } else if (block instanceof Div d) {
            return join(d.content());
        } else if (block instanceof ThematicBreak t) {
            return "";
        } else if (block instanceof CodeBlock c) {
            return c.text();
        } else {
            throw new IllegalStateException();
        }
    }

    private static String join(List<Block> blocks) {
        return String.join(" ", blocks.stream().map(Block::plainText).toList());
    }
}
