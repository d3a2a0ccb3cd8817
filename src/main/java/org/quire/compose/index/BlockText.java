package org.quire.compose.index;

import java.util.ArrayList;
import java.util.List;
import org.quire.model.Block;
import org.quire.model.Inline;

/**
 * The searchable text of one top-level block, and the one walk that both reads it and rewrites it.
 *
 * <p>The text is every {@link Inline.Text} in document order, a line break read as a space; each nested
 * block (a quoted paragraph, a list item, a note's paragraphs) and each note starts on a new line, so a
 * phrase never runs from the text into a note or from one list item into the next. Offsets into this
 * text are what {@link Occurrence#charOffset()} means. Because reading and marking share this walk, a
 * mark lands exactly where the phrase was found.
 */
final class BlockText {
    /** Replaces one text leaf, found at {@code offset} in the block's text, by inlines with the same text. */
    interface LeafRewrite {
        List<Inline> rewrite(String text, int offset);
    }

    private final StringBuilder text = new StringBuilder();
    private final LeafRewrite rewrite;

    private BlockText(LeafRewrite rewrite) {
        this.rewrite = rewrite;
    }

    static String of(Block block) {
        BlockText walk = new BlockText((leaf, offset) -> List.of(new Inline.Text(leaf)));
        walk.block(block);
        return walk.text.toString();
    }

    static Block rewrite(Block block, LeafRewrite rewrite) {
        return new BlockText(rewrite).block(block);
    }

    private Block block(Block block) {
        newLine();
        if (block instanceof Block.Heading h) {
            return new Block.Heading(h.level(), inlines(h.content()), h.attr());
        } else if (block instanceof Block.Paragraph p) {
            return new Block.Paragraph(inlines(p.content()), p.attr());
        } else if (block instanceof Block.Quote q) {
            List<Block> content = blocks(q.content());
            newLine();
            return new Block.Quote(content, inlines(q.attribution()), q.attr());
        } else if (block instanceof Block.ListBlock l) {
            List<List<Block>> items = new ArrayList<>();
            for (List<Block> item : l.items()) {
                items.add(blocks(item));
            }
            return new Block.ListBlock(l.ordered(), l.start(), items);
        } else if (block instanceof Block.Div d) {
            return new Block.Div(d.attr(), blocks(d.content()));
        } else {
            return block;
        }
    }

    private List<Block> blocks(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block block : blocks) {
            out.add(block(block));
        }
        return out;
    }

    private List<Inline> inlines(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                int offset = text.length();
                text.append(t.text());
                out.addAll(rewrite.rewrite(t.text(), offset));
            } else if (inline instanceof Inline.Emphasis e) {
                out.add(new Inline.Emphasis(inlines(e.content())));
            } else if (inline instanceof Inline.Strong s) {
                out.add(new Inline.Strong(inlines(s.content())));
            } else if (inline instanceof Inline.Link l) {
                out.add(new Inline.Link(l.href(), inlines(l.content())));
            } else if (inline instanceof Inline.Span s) {
                out.add(new Inline.Span(s.attr(), inlines(s.content())));
            } else if (inline instanceof Inline.Note n) {
                List<Block> content = blocks(n.content());
                newLine();
                out.add(new Inline.Note(content));
            } else if (inline instanceof Inline.LineBreak) {
                text.append(' ');
                out.add(inline);
            } else {
                out.add(inline);
            }
        }
        return out;
    }

    private void newLine() {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }
}
