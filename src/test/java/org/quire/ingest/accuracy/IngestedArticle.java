package org.quire.ingest.accuracy;

import java.util.ArrayList;
import java.util.List;
import org.quire.ingest.ArticleEntry;
import org.quire.model.Article;
import org.quire.model.Block;
import org.quire.model.Inline;

/**
 * An article as ingest made it, seen the way the scorer needs: its report entry (line span, working-title
 * flag) and its body as leaf texts. Block.plainText leaves footnotes out; here their text is body too,
 * since an editor's body includes the notes.
 */
record IngestedArticle(Article article, ArticleEntry entry, List<String> leaves) {

    IngestedArticle {
        leaves = List.copyOf(leaves);
    }

    static IngestedArticle of(Article article, ArticleEntry entry) {
        if (!article.meta().id().equals(entry.id())) {
            throw new IllegalStateException("report entry " + entry.id() + " does not belong to " + article.meta().id());
        }
        List<String> leaves = new ArrayList<>();
        for (Block b : article.blocks()) {
            collect(b, leaves);
        }
        return new IngestedArticle(article, entry, leaves);
    }

    String id() {
        return entry.id();
    }

    String bodyText() {
        return String.join("\n", leaves);
    }

    WordBag bodyWords() {
        return WordBag.ofBody(leaves);
    }

    /** Leaf texts: one per paragraph, heading, list item paragraph, quote paragraph, attribution or footnote. */
    static void collect(Block block, List<String> out) {
        if (block instanceof Block.Heading h) {
            inline(h.content(), out);
        } else if (block instanceof Block.Paragraph p) {
            inline(p.content(), out);
        } else if (block instanceof Block.Quote q) {
            q.content().forEach(b -> collect(b, out));
            inline(q.attribution(), out);
        } else if (block instanceof Block.ListBlock l) {
            l.items().forEach(item -> item.forEach(b -> collect(b, out)));
        } else if (block instanceof Block.Div d) {
            d.content().forEach(b -> collect(b, out));
        }
    }

    /** The inline text (notes left out) as one leaf, then each note's blocks as leaves of their own. */
    private static void inline(List<Inline> inlines, List<String> out) {
        String text = Inline.plainText(inlines);
        if (!text.isBlank()) {
            out.add(text);
        }
        notes(inlines, out);
    }

    private static void notes(List<Inline> inlines, List<String> out) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Note n) {
                n.content().forEach(b -> collect(b, out));
            } else if (i instanceof Inline.Emphasis e) {
                notes(e.content(), out);
            } else if (i instanceof Inline.Strong s) {
                notes(s.content(), out);
            } else if (i instanceof Inline.Link l) {
                notes(l.content(), out);
            } else if (i instanceof Inline.Span s) {
                notes(s.content(), out);
            }
        }
    }
}
