package org.quire.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TitleRuleTest {
    @Test
    void aShortCapitalisedLineWithoutAFullStopIsATitle() {
        assertTrue(TitleRule.looksLikeTitle("Dockers Walk Out"));
        assertFalse(TitleRule.looksLikeTitle("The dockers walked out."));
        assertFalse(TitleRule.looksLikeTitle("So here I am, back at the docks. Now, you kids get off my crane!"),
                "a sentence ends inside the line: prose");
        assertTrue(TitleRule.looksLikeTitle("Dr. Smith Meets the Dockers at St. Mary's Hall"), "abbreviations end no sentence");
    }

    @Test
    void fourWordsInCapitalsAreAKicker() {
        assertTrue(TitleRule.looksLikeKicker("PUERTO Y CIUDAD HOY"));
        assertFalse(TitleRule.looksLikeKicker("DOCKERS VOTE TO END THE STRIKE"));
    }

    @Test
    void anItemsPlaceInAnIssueIsAKicker() {
        assertTrue(TitleRule.looksLikeKicker("2 of 3 | LETTERS FROM THE DOCKS"));
        assertTrue(TitleRule.looksLikeKicker("Item 1 of 4"));
        assertFalse(TitleRule.looksLikeKicker("Two Of Three Dockers Return"));
    }

    @Test
    void anIconBeforeAFewWordsIsALabelButATitleBetweenIconsIsDecorated() {
        assertTrue(TitleRule.isIconLabel("📌 Pinned"));
        assertFalse(TitleRule.isIconLabel("☢ Radioactive ☢"));
    }

    @Test
    void aTitleMayEndWithAnInitialism() {
        assertTrue(TitleRule.looksLikeTitle("Dockers in the U.S.A."));
        assertFalse(TitleRule.looksLikeTitle("Dockers struck at dawn."));
    }

    @Test
    void aRunningHeadSetInColumnsIsNoTitle() {
        assertFalse(TitleRule.looksLikeTitle("MAY 1990          THE WEEKLY SHEET          PAGE 3"));
    }
}
