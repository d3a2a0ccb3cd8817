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
}
