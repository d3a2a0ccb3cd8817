package org.quire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quire.model.Attr;
import org.quire.model.Block;
import org.quire.model.Inline;

/** The block rules on small texts of their own, and through {@link Ingest} where they work together. */
class BlockRulesTest {
    static List<Block> blocks(String text) {
        return Ingest.ingest("t.txt", text).articles().get(0).blocks();
    }

    @Test
    void codeKeepsItsLinesAndIsNeitherTitleNorNoise() {
        List<Block> blocks = blocks("A Title For The Post\n\nBy Ana Gil\n\nThe first thing I wrote was this, a long time ago,"
                + " when I knew no better and typed everything by hand.\n\n#RECODE ALL THE LABELS\n"
                + "votes$party[ votes$name == \"BLANK\" ] <- 9999\nvotes$party[ votes$name == \"OTHER\" ] <- 3\n\n"
                + "It worked, more or less, and it taught me to ask the community for help when I was stuck.\n");
        assertEquals(new Block.CodeBlock("#RECODE ALL THE LABELS\nvotes$party[ votes$name == \"BLANK\" ] <- 9999\n"
                + "votes$party[ votes$name == \"OTHER\" ] <- 3"), blocks.get(1));
        assertEquals(3, blocks.size());
    }

    @Test
    void typographyCurlsQuotesAndSetsDashesAndEllipses() {
        assertEquals("“Yes,” she said -- no… it’s the ’30s", Typography.apply("\"Yes,\" she said -- no... it's the '30s")
                .replace("—", "--"));
        assertEquals("a—b", Typography.apply("a--b"));
        assertEquals("‘quoted’ word", Typography.apply("'quoted' word"));
    }

    @Test
    void bulletsGluedOnOneLineAreSplit() {
        assertEquals(List.of("First item, 2018", "Second item"), ListRule.bulletItems("*  First item, 2018*  Second item"));
        assertTrue(ListRule.isBullet("* one"));
        assertFalse(ListRule.isBullet("Not *a* bullet"));
    }

    @Test
    void aFlattenedNumberedListIsRenumberedThroughTheArticle() {
        List<Block> blocks = blocks("""
                A Title For The Fixture

                Some opening text that says what comes next in a sentence.

                  1. The first point

                Text under the first point, long enough to be prose.

                  1. The second point

                  1. The third point

                Text under the other points.
                """);
        List<Block.ListBlock> lists = blocks.stream().filter(b -> b instanceof Block.ListBlock)
                .map(b -> (Block.ListBlock) b).toList();
        assertEquals(2, lists.size());
        assertEquals(1, lists.get(0).start());
        assertEquals(2, lists.get(1).start());
        assertEquals(2, lists.get(1).items().size());
        assertTrue(lists.get(0).ordered());
    }

    @Test
    void numberedLinesOverProseAreHeadings() {
        List<Block> blocks = blocks("""
                A Title For The Fixture

                Opening text of the article goes here in a sentence.

                1. Where It Began

                Prose under the first heading.

                2. Where It Went

                Prose under the second heading.
                """);
        assertInstanceOf(Block.Heading.class, blocks.get(1));
        assertEquals("2. Where It Went", Block.plainText(blocks.get(3)));
    }

    @Test
    void anEpigraphKeepsItsAttributionApart() {
        List<Block> blocks = blocks("""
                A Title For The Fixture

                "Whoever fights may lose; whoever does not fight has already lost."

                —A. Writer, Collected Sayings

                The article then begins properly with its first paragraph.
                """);
        Block.Quote quote = assertInstanceOf(Block.Quote.class, blocks.get(0));
        assertEquals("A. Writer, Collected Sayings", Inline.plainText(quote.attribution()));
        assertEquals("“Whoever fights may lose; whoever does not fight has already lost.”", Block.plainText(quote.content().get(0)));
        assertNull(QuoteRule.attribution("- this is a dash sentence that ends."));
    }

    @Test
    void interviewLabelsAreKeptInBold() {
        List<Block> blocks = blocks("""
                A Title For The Fixture

                Q1: What happened at the factory?

                Ana Ruiz:

                The workers stopped the line on Monday.
                """);
        Block.Paragraph question = (Block.Paragraph) blocks.get(0);
        assertTrue(question.attr().hasClass(InterviewRule.QUESTION_CLASS));
        assertEquals(new Inline.Strong(List.of(Inline.text("Q1:"))), question.content().get(0));
        Block.Paragraph answer = (Block.Paragraph) blocks.get(1);
        assertEquals("Ana Ruiz: The workers stopped the line on Monday.", Inline.plainText(answer.content()));
        assertFalse(InterviewRule.isSpeakerLabel("Related news:"));
    }

    @Test
    void bracketedParagraphsAreOneEditorialNote() {
        List<Block> blocks = blocks("""
                A Title For The Fixture

                The article's own text comes first, as always.

                [An editor's note opens here and runs on

                [into a second paragraph that closes it.]
                """);
        Block.Div note = assertInstanceOf(Block.Div.class, blocks.get(1));
        assertTrue(note.attr().hasClass(EditorialNoteRule.CLASS));
        assertEquals(2, note.content().size());
        assertEquals("into a second paragraph that closes it.", Block.plainText(note.content().get(1)));
    }

    @Test
    void footnoteMarkersBecomeNotesAndTheFooterAfterThemIsDropped() {
        IngestResult result = Ingest.ingest("t.txt", """
                A Title For The Fixture

                The claim rests on the record itself.1 Others disagree 2, as expected.

                A Teaser For Another Page

                1. See the first source. [back]

                2. See the second source. [back]

                Support this website with a gift today, it keeps us going.
                """);
        Block.Paragraph p = (Block.Paragraph) result.articles().get(0).blocks().get(0);
        List<Inline> content = p.content();
        assertEquals(Inline.text("The claim rests on the record itself."), content.get(0));
        Inline.Note first = assertInstanceOf(Inline.Note.class, content.get(1));
        assertEquals("See the first source.", Block.plainText(first.content().get(0)));
        assertEquals(Inline.text(" Others disagree"), content.get(2));
        assertInstanceOf(Inline.Note.class, content.get(3));
        assertEquals(Inline.text(", as expected."), content.get(4));
        assertEquals(1, result.articles().get(0).blocks().size());
        List<String> rules = result.report().dropped().stream().map(DroppedLine::rule).toList();
        // The footer asks for a gift: the fundraising rule knows it before the footer rule does.
        assertEquals(List.of(TeaserRule.NAME, DonationAppealRule.NAME), rules);
        assertTrue(result.report().accountsForEveryLine());
    }

    @Test
    void numbersWithoutNotesStayText() {
        List<Block> blocks = blocks("""
                A Title For The Fixture

                In 1999 the local had 1 office and 2, later 3, staff.
                """);
        assertEquals(1, ((Block.Paragraph) blocks.get(0)).content().size());
    }

    @Test
    void donationWidgetLinesAreAppeals() {
        assertTrue(DonationAppealRule.matches("Goal: $9,000"));
        assertTrue(DonationAppealRule.matches("$5,000 by June 1:"));
        assertTrue(DonationAppealRule.matches("DONATE NOW and keep us online!"));
        assertTrue(DonationAppealRule.matches("Like what we do? Support the union through its strike fund. Donate"));
        assertFalse(DonationAppealRule.matches("We will support the strike committee and donate food to the families on the quay."),
                "a sentence of the text that does not end in the button");
        assertFalse(DonationAppealRule.matches("We need help with legal fees of about $10,000, please give."));
        assertTrue(DonationAppealRule.matches("[ Donate ]"), "the box's button");
        assertTrue(DonationAppealRule.matches("The reading room runs on its members. A gift of any size keeps the doors open."));
        assertFalse(DonationAppealRule.matches("Donate"), "a word alone may be a menu's link");
    }

    @Test
    void aPassageInAnotherLanguageIsMarked() {
        List<Block> blocks = blocks("""
                A Title For The Fixture

                The meeting was held on the steps of the town hall and it was well attended by the workers.

                La reunión fue en la escalinata del ayuntamiento y los trabajadores fueron muchos.
                """);
        assertEquals(Attr.NONE.lang(), ((Block.Paragraph) blocks.get(0)).attr().lang());
        assertEquals("es", ((Block.Paragraph) blocks.get(1)).attr().lang());
    }
}
