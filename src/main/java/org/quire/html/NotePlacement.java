package org.quire.html;

import java.util.ArrayList;
import java.util.List;
import org.quire.model.Block;
import org.quire.model.Inline;

/**
 * Where a footnote's text goes: the one difference between the print and the e-book rendering of notes.
 * Notes are numbered per article.
 */
public abstract sealed class NotePlacement {
    protected int number;

    /** Starts numbering afresh for an article whose anchors are prefixed by {@code scope}. */
    abstract void startArticle(String scope);

    abstract void call(Inline.Note note, ContentRenderer renderer, Xhtml x);

    /** Writes whatever the article's notes left pending. */
    abstract void endArticle(ContentRenderer renderer, Xhtml x);

    public static NotePlacement print() {
        return new AtPageFoot();
    }

    public static NotePlacement ebook() {
        return new AfterArticle();
    }

    /** The note's text at its call, floated by print.css to the foot of the page. */
    static final class AtPageFoot extends NotePlacement {
        @Override
        void startArticle(String scope) {
            number = 0;
        }

        @Override
        void call(Inline.Note note, ContentRenderer renderer, Xhtml x) {
            number++;
            x.open("span", "class", "footnote");
            renderer.noteText(note.content());
            x.close("span");
        }

        @Override
        void endArticle(ContentRenderer renderer, Xhtml x) {
        }
    }

    /** EPUB 3 note references, with the notes as linked asides at the end of the article. */
    static final class AfterArticle extends NotePlacement {
        private final List<Inline.Note> pending = new ArrayList<>();
        private String scope;

        @Override
        void startArticle(String scope) {
            this.scope = scope;
            number = 0;
            pending.clear();
        }

        @Override
        void call(Inline.Note note, ContentRenderer renderer, Xhtml x) {
            number++;
            pending.add(note);
            String n = Integer.toString(number);
            x.open("a", "class", "noteref", "epub:type", "noteref", "role", "doc-noteref",
                    "id", refId(number), "href", "#" + noteId(number)).text(n).close("a");
        }

        @Override
        void endArticle(ContentRenderer renderer, Xhtml x) {
            if (pending.isEmpty()) {
                return;
            }
            x.open("section", "class", "notes", "epub:type", "footnotes", "role", "doc-endnotes")
                    .element("h2", "Notes", "class", "notes-title").newline();
            for (int i = 0; i < pending.size(); i++) {
                int n = i + 1;
                x.open("aside", "id", noteId(n), "class", "note", "epub:type", "footnote", "role", "doc-footnote");
                List<Block> content = pending.get(i).content();
                x.open("p").open("a", "class", "note-number", "href", "#" + refId(n), "role", "doc-backlink")
                        .text(n + ".").close("a").text(" ");
                renderer.noteText(content);
                x.close("p").close("aside").newline();
            }
            x.close("section").newline();
            pending.clear();
        }

        private String noteId(int n) {
            return scope + "-fn" + n;
        }

        private String refId(int n) {
            return scope + "-fnref" + n;
        }
    }
}
