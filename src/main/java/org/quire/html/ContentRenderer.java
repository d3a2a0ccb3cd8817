package org.quire.html;

import java.util.List;
import org.quire.model.Attr;
import org.quire.model.Block;
import org.quire.model.Inline;

/** Renders an article's blocks and inlines as semantic XHTML; shared by every output. */
public final class ContentRenderer {
    /** The class of the spans that mark an occurrence of an index term. */
    static final String INDEX_TERM = "index-term";

    private final Xhtml x;
    private final NotePlacement notes;

    public ContentRenderer(Xhtml x, NotePlacement notes) {
        this.x = x;
        this.notes = notes;
    }

    public void startArticle(String scope) {
        notes.startArticle(scope);
    }

    public void endArticle() {
        notes.endArticle(this, x);
    }

    public void blocks(List<Block> blocks, int headingOffset) {
        for (Block block : blocks) {
            block(block, headingOffset);
        }
    }

    private void block(Block block, int headingOffset) {
        if (block instanceof Block.Heading h) {
            String tag = "h" + Math.min(6, h.level() + headingOffset);
            x.open(tag, attrs(h.attr()));
            inlines(h.content());
            x.close(tag).newline();
        } else if (block instanceof Block.Paragraph p) {
            x.open("p", attrs(p.attr()));
            inlines(p.content());
            x.close("p").newline();
        } else if (block instanceof Block.Quote q) {
            x.open("blockquote", attrs(q.attr()));
            blocks(q.content(), headingOffset);
            if (!q.attribution().isEmpty()) {
                x.open("p", "class", "attribution");
                inlines(q.attribution());
                x.close("p");
            }
            x.close("blockquote").newline();
        } else if (block instanceof Block.ListBlock l) {
            String tag = l.ordered() ? "ol" : "ul";
            x.open(tag, "start", l.ordered() && l.start() != 1 ? Integer.toString(l.start()) : null);
            for (List<Block> item : l.items()) {
                x.open("li");
                listItem(item, headingOffset);
                x.close("li");
            }
            x.close(tag).newline();
        } else if (block instanceof Block.Div d) {
            x.open("div", attrs(d.attr()));
            blocks(d.content(), headingOffset);
            x.close("div").newline();
        } else if (block instanceof Block.ThematicBreak t) {
            x.empty("hr").newline();
        } else if (block instanceof Block.CodeBlock c) {
            x.open("pre").open("code").text(c.text()).close("code").close("pre").newline();
        }
    }

    /** A list item of one paragraph is written without a {@code p}, as readers expect of tight lists. */
    private void listItem(List<Block> item, int headingOffset) {
        if (item.size() == 1 && item.get(0) instanceof Block.Paragraph p && p.attr().equals(Attr.NONE)) {
            inlines(p.content());
        } else {
            blocks(item, headingOffset);
        }
    }

    public void inlines(List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                x.text(t.text());
            } else if (inline instanceof Inline.Emphasis e) {
                wrap("em", e.content());
            } else if (inline instanceof Inline.Strong s) {
                wrap("strong", s.content());
            } else if (inline instanceof Inline.Link l) {
                x.open("a", "href", l.href());
                inlines(l.content());
                x.close("a");
            } else if (inline instanceof Inline.Span s && s.attr().hasClass(INDEX_TERM)) {
                // An empty marker before the term: wrapping the term would split the line's text run,
                // and PDF text extraction then returns the words out of order.
                x.open("span", attrs(s.attr())).close("span");
                inlines(s.content());
            } else if (inline instanceof Inline.Span s) {
                x.open("span", attrs(s.attr()));
                inlines(s.content());
                x.close("span");
            } else if (inline instanceof Inline.LineBreak b) {
                x.empty("br");
            } else if (inline instanceof Inline.Note n) {
                notes.call(n, this, x);
            }
        }
    }

    /** A note's paragraphs as one run of inline text (notes may sit inside a paragraph). */
    void noteText(List<Block> content) {
        boolean first = true;
        for (Block block : content) {
            if (!first) {
                x.text(" ");
            }
            first = false;
            if (block instanceof Block.Paragraph p) {
                inlines(p.content());
            } else {
                x.text(Block.plainText(block));
            }
        }
    }

    private void wrap(String tag, List<Inline> content) {
        x.open(tag);
        inlines(content);
        x.close(tag);
    }

    static String[] attrs(Attr attr) {
        String classes = attr.classes().isEmpty() ? null : String.join(" ", attr.classes());
        return new String[] {"id", attr.id(), "class", classes, "lang", attr.lang(), "xml:lang", attr.lang()};
    }
}
