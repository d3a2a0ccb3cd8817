package org.quire.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quire.build.QuireException;
import org.quire.model.Article;
import org.quire.model.ArticleMeta;
import org.quire.model.Attr;
import org.quire.model.Block;
import org.quire.model.Inline;

class MarkdownRoundTripTest {
    private static final ArticleMeta META = new ArticleMeta("open-the-border", "Open the Border: *now*", "A statement",
            List.of("Ana Pérez", "Li Wei"), "2018-10-26", "Mexico City", "Left Voice", "en", null, "003.txt", "12-40",
            List.of("photo credits removed (2 lines)", "1 footnote linked to the words that call them"));

    @Test
    void anArticleReadsBackAsItWasWritten() {
        Article article = new Article(META, List.of(
                new Block.Heading(1, List.of(Inline.text("1. Why now")), Attr.NONE),
                new Block.Paragraph(List.of(Inline.text("Workers of Jasic (佳士) said: "),
                        new Inline.Emphasis(List.of(Inline.text("enough"))),
                        Inline.text(" — and 2 * 3 [sic] <b>."),
                        new Inline.Note(List.of(new Block.Paragraph(List.of(Inline.text("See the report, p. 4."))))))),
                new Block.Paragraph(List.of(Inline.text("1. This line only looks like a list."))),
                new Block.Quote(List.of(new Block.Paragraph(List.of(Inline.text("All genuine knowledge.")))),
                        List.of(Inline.text("Mao")), Attr.NONE),
                new Block.ListBlock(true, 1, List.of(
                        List.of(new Block.Paragraph(List.of(Inline.text("First")))),
                        List.of(new Block.Paragraph(List.of(Inline.text("Second")))))),
                new Block.ListBlock(false, 1, List.of(List.of(new Block.Paragraph(List.of(Inline.text("A bullet")))))),
                new Block.CodeBlock("# the \"votes\" -- as typed\nx <- c(1, 2)   # ``` kept\n  print(x)")));

        String markdown = MarkdownWriter.write(article);
        Article back = MarkdownReader.read(markdown, "test.md");

        assertEquals(article, back, markdown);
        assertTrue(markdown.startsWith("---\nid: open-the-border\n"), markdown);
        assertTrue(markdown.contains("[^1]: See the report"), markdown);
    }

    @Test
    void anAuthorListOrASingleAuthorBothRead() {
        Article one = MarkdownReader.read("---\ntitle: T\nauthor: Ada\ndate: 2020-01-02\n---\n\nText.\n", "a.md");
        assertEquals(List.of("Ada"), one.meta().authors());
        assertEquals("2020-01-02", one.meta().date());
        Article two = MarkdownReader.read("---\ntitle: T\nauthor:\n  - Ada\n  - Bob\n---\n\nText.\n", "b.md");
        assertEquals(List.of("Ada", "Bob"), two.meta().authors());
    }

    @Test
    void badFrontMatterNamesTheFileAndLine() {
        QuireException e = assertThrows(QuireException.class,
                () -> MarkdownReader.read("---\ntitle: T\nauthor: [unclosed\n---\n\nText.\n", "bad.md"));
        assertTrue(e.oneLine().startsWith("bad.md:"), e.oneLine());
    }

    @Test
    void anArticleNeedsATitle() {
        QuireException e = assertThrows(QuireException.class, () -> MarkdownReader.read("Just text.\n", "untitled.md"));
        assertEquals("untitled.md:1: no title: the front matter needs a 'title:' line", e.oneLine());
    }
}
