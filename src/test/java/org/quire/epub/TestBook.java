package org.quire.epub;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.quire.model.Article;
import org.quire.model.ArticleMeta;
import org.quire.model.Attr;
import org.quire.model.Block;
import org.quire.model.Book;
import org.quire.model.BookMeta;
import org.quire.model.Inline;
import org.quire.model.Part;

/** A two-article book: a titled part, an untitled one, a Chinese name and a footnote. */
final class TestBook {
    static final String MODIFIED = "2026-03-04T05:06:07Z";
    static final Path FONTS = Path.of("fonts");
    static final Map<String, String> CSS = Map.of(
            "book.css", "body { font-family: \"Noto Serif\", \"Droid Sans Fallback\", serif; }\n",
            "epub.css", "a.noteref { vertical-align: super; font-size: 0.75em; }\n");

    private TestBook() {
    }

    static Book book() {
        BookMeta meta = new BookMeta("Letters Home", "An anthology", List.of("Ada Editor"), "Quire Press", "Leeds", "en", "2026",
                "urn:uuid:0b8e8f4e-6a4e-4c53-9d6e-2f1f3b7a9c10", null, "© 2026 the authors", null, null, MODIFIED);
        Inline note = new Inline.Note(List.of(paragraph(Inline.text("The name means “fine scholar”."))));
        Article talk = new Article(articleMeta("talk", "A Talk with 佳士", "佳士"), List.of(
                paragraph(Inline.text("We met 佳士 in spring."), note),
                paragraph(new Inline.Emphasis(List.of(Inline.text("Italic & <angled> words"))))));
        Article essay = new Article(articleMeta("essay", "On Rain", "Bob Writer"), List.of(
                new Block.Heading(1, List.of(Inline.text("Clouds")), Attr.NONE),
                paragraph(new Inline.Strong(List.of(Inline.text("Rain"))), Inline.text(" falls."))));
        return new Book(meta, List.of(new Part("Voices", List.of(talk)), new Part(null, List.of(essay))));
    }

    private static Block paragraph(Inline... content) {
        return new Block.Paragraph(List.of(content));
    }

    private static ArticleMeta articleMeta(String id, String title, String author) {
        return new ArticleMeta(id, title, null, List.of(author), "2024-05-01", null, null, "en", null, null, null);
    }
}
