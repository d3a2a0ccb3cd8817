package org.quire.ingest.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorer's normal forms: typography must not count, words must. */
class NormaliseTest {

    @Test
    void titlesIgnoreTypographyCaseSpacingAndTrailingPunctuation() {
        assertEquals(Normalise.title("B'nai B'rith Smear  Campaign"), Normalise.title("B’nai B’rith smear campaign."));
        assertEquals(Normalise.title("Libertad Para Gladis- Rally Summation"),
                Normalise.title("Libertad para Gladis – Rally Summation"));
        assertEquals(Normalise.title("URGENT CALL FOR A PARTY!"), Normalise.title("Urgent Call for a Party"));
        assertEquals(Normalise.title("A group with a “deport list”"), Normalise.title("A group with a \"deport list\""));
        assertEquals(Normalise.title("Wait…"), Normalise.title("Wait..."));
    }

    @Test
    void titlesStillDifferWhenWordsDiffer() {
        assertNotEquals(Normalise.title("Canada joins war in Mali"), Normalise.title("Canada joins the war in Mali"));
        assertNotEquals(Normalise.title("Free Gladis"), Normalise.title("Free Gladis [es]"));
    }

    @Test
    void namesDropByAndParenthesisedQualifiers() {
        assertEquals("roger annis", Normalise.name("By Roger Annis"));
        assertEquals("left voice", Normalise.name("Left Voice (US)"));
        assertEquals(Normalise.name("Organización Socialista (Costa Rica)"), Normalise.name("ORGANIZACIÓN SOCIALISTA"));
    }

    @Test
    void wordsAreLowerCaseRunsOfLettersAndDigits() {
        assertEquals(List.of("don", "t", "pay", "13", "6", "billion", "佳士", "señor"),
                Normalise.words("“Don’t pay $13.6 billion” — 佳士, Señor!"));
        assertEquals(List.of("fix"), Normalise.words("ﬁx"), "NFKC turns the ligature into letters");
    }

    @Test
    void bodyWordsLeaveOutAnOpeningListMarkerButNotAYear() {
        assertEquals(List.of("the", "characters"), Normalise.bodyWords("1) The characters"));
        assertEquals(List.of("see", "american", "crime"), Normalise.bodyWords("1. See American Crime"));
        assertEquals(List.of("reinstate", "all"), Normalise.bodyWords("*Reinstate all"));
        assertEquals(List.of("2018", "was", "a", "year"), Normalise.bodyWords("2018. Was a year"));
        assertEquals(List.of("20", "people"), Normalise.bodyWords("20 people"));
    }
}
