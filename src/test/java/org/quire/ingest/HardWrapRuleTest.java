package org.quire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HardWrapRuleTest {
    @Test
    void aSentenceBrokenMidwayContinues() {
        assertTrue(HardWrapRule.continuesSentence("The council voted for the plan and", "then left the hall."));
    }

    @Test
    void aFinishedSentenceOrACapitalDoesNotContinue() {
        assertFalse(HardWrapRule.continuesSentence("The council voted.", "then it left."));
        assertFalse(HardWrapRule.continuesSentence("A Short Title", "The next paragraph starts here."));
    }

    @Test
    void anAddressUnderATitleIsNoContinuation() {
        assertFalse(HardWrapRule.continuesSentence("A Title Over A Link", "example.org/a-title-over-a-link/"));
    }

    @Test
    void aListItemIsNoContinuation() {
        assertFalse(HardWrapRule.continuesSentence("Our demands", "* free transit for all"));
    }

    @Test
    void joiningKeepsAHyphenAndClosesIt() {
        assertEquals("a long-term plan", HardWrapRule.join("a long-", "term plan"));
        assertEquals("one two", HardWrapRule.join("one ", " two"));
    }

    @Test
    void oneParagraphPerLineWithABrokenSentenceIsJoined() {
        List<Chunk> chunks = ParagraphGrouper.group(LineDecoder.decode(
                "First paragraph ends here.\nSecond paragraph breaks in the\nmiddle of a sentence.\nThird one.\n"));
        assertEquals(3, chunks.size());
        assertEquals("Second paragraph breaks in the middle of a sentence.", chunks.get(1).text());
        assertEquals(List.of(2, 3), chunks.get(1).lines());
    }

    @Test
    void fixedWidthParagraphsAreJoinedUpToTheBlankLine() {
        String text = """
                This is a paragraph of text wrapped at a fixed width of about sixty.
                It goes on for a second line, which also ends with a full stop.
                And a third line closes it, as archives of e-mail often do.

                The second paragraph is also wrapped at the same width as the first
                one, and only the blank line above tells it from the paragraph before.
                """;
        List<Chunk> chunks = ParagraphGrouper.group(LineDecoder.decode(text));
        assertEquals(2, chunks.size());
        assertEquals(List.of(1, 2, 3), chunks.get(0).lines());
        assertEquals(1, chunks.get(1).blanksBefore());
    }

    @Test
    void aLineThatEndedEarlyInAWrappedFileIsNoContinuation() {
        assertTrue(HardWrapRule.endsEarly("A Short Title", "by Ana Torres", 60));
        assertFalse(HardWrapRule.endsEarly("a line that is as long as the wrap width allows it", "considering", 52));
        assertFalse(HardWrapRule.endsEarly("a word broken at the wrap, long-", "term", 60));
    }

    @Test
    void aTitleOverItsBylineInAWrappedFileStaysApart() {
        String text = """
                A Short Title Over Wrapped Text
                by Ana Torres

                This paragraph is wrapped at a fixed width of about sixty,
                and each line is as full as the next word allows, so that
                every line of it joins the line before into one paragraph.

                A second paragraph follows after a blank line, and it also
                fills its lines to the width of the first, which is about
                sixty characters, as a mail program would have done it.
                """;
        List<Chunk> chunks = ParagraphGrouper.group(LineDecoder.decode(text));
        assertEquals(List.of("A Short Title Over Wrapped Text", "by Ana Torres"),
                chunks.subList(0, 2).stream().map(Chunk::text).toList());
        assertEquals(List.of(4, 5, 6), chunks.get(2).lines());
    }

    @Test
    void aSupraTitleAndALongHeadlineInAWrappedFileStayApart() {
        int width = 60;
        assertFalse(HardWrapRule.continuesWrappedParagraph("Dockers walk out across the northern ports",
                "Dockers walk out across the northern ports", "Safety First", width));
        String headline = "A headline that runs on for longer than the wrap width of the text below it, as some do";
        assertFalse(HardWrapRule.continuesWrappedParagraph(headline, headline, "by Ana Torres", width));
        assertTrue(HardWrapRule.continuesWrappedParagraph("the meeting of the whole branch went on and on until",
                "the meeting of the whole branch went on and on until", "Tuesday, when it ended", width));
    }

    @Test
    void narrowNewspaperColumnsAreWrappedText() {
        String text = """
                A Headline
                by Ana Torres

                Columns of old newspapers
                are narrow, and each line
                is filled up to the width
                of the column it sits in.

                A second paragraph spans
                a few more lines set just
                as tightly as the first,
                and a third line or four
                make the column complete.
                """;
        List<Chunk> chunks = ParagraphGrouper.group(LineDecoder.decode(text));
        assertEquals(4, chunks.size());
        assertEquals(List.of(4, 5, 6, 7), chunks.get(2).lines());
    }

    @Test
    void aBracketedLowerCaseLineGoesOnFromWordsNotFromACount() {
        assertTrue(HardWrapRule.continuesSentence("First printed in the Harbour Bulletin", "(harbour.example) under its licence."));
        assertFalse(HardWrapRule.continuesSentence("9", "(edited)"));
    }

    @Test
    void aWrappedParagraphInAFileOfOneParagraphPerLineIsJoined() {
        String longLine = "This paragraph runs on one long line, as the rest of the page does, and it goes on well past "
                + "any width a mail would wrap at, for a sentence or two more.";
        List<Chunk> chunks = ParagraphGrouper.group(LineDecoder.decode(longLine + "\n\n" + longLine + "\n\n"
                + "For the minutes of the meeting that followed, please see the page of the\n"
                + "archive where the council keeps the notes of each session, under Harbour\n"
                + "Council Minutes.\n\n" + longLine + "\n"));
        assertEquals(4, chunks.size());
        assertEquals(List.of(5, 6, 7), chunks.get(2).lines());
        assertTrue(chunks.get(2).text().endsWith("under Harbour Council Minutes."));
    }
}
