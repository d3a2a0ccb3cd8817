package org.quire.compose.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each named rule of the finder on a sentence or two. */
class FinderRulesTest {
    private static final Lexicon LEXICON = Lexicon.standard();

    /** The names the capitalised-run and name-cleanup rules leave, "*" marking a sentence start. */
    private static List<String> names(String text) {
        return CapitalisedRunRule.runs(text, LEXICON).stream()
                .flatMap(run -> NameCleanupRule.names(run, LEXICON).stream())
                .map(n -> (n.sentenceStart() ? "*" : "") + n.form()).toList();
    }

    @Test
    void sentenceStartRule() {
        String text = "Rain fell. Then Ada came! Mr. Byron and J. Smith: Bo waited";
        List<Word> words = Words.of(text);
        assertTrue(SentenceStartRule.isSentenceStart(text, null, words.get(0), LEXICON));
        assertTrue(SentenceStartRule.isSentenceStart(text, words.get(1), words.get(2), LEXICON), "after a full stop");
        assertFalse(SentenceStartRule.isSentenceStart(text, words.get(2), words.get(3), LEXICON));
        assertTrue(SentenceStartRule.isSentenceStart(text, words.get(4), words.get(5), LEXICON), "after !");
        assertFalse(SentenceStartRule.isSentenceStart(text, words.get(5), words.get(6), LEXICON), "after Mr.");
        assertFalse(SentenceStartRule.isSentenceStart(text, words.get(8), words.get(9), LEXICON), "after an initial");
        assertTrue(SentenceStartRule.isSentenceStart(text, words.get(9), words.get(10), LEXICON), "after a colon");
        String lines = "one\nTwo";
        assertTrue(SentenceStartRule.isSentenceStart(lines, Words.of(lines).get(0), Words.of(lines).get(1), LEXICON));
    }

    @Test
    void acronymRule() {
        assertTrue(AcronymRule.isAcronym("NATO"));
        assertTrue(AcronymRule.isAcronym("AFL-CIO"));
        assertTrue(AcronymRule.isAcronym("AT&T"));
        assertTrue(AcronymRule.isAcronym("U.N."));
        assertTrue(AcronymRule.isAcronym("NGOs"));
        assertTrue(AcronymRule.isAcronym("DC"), "a large Roman numeral is not worth the guess");
        assertEquals("NGO", AcronymRule.base("NGOs"));
        assertFalse(AcronymRule.isAcronym("XIV"), "a Roman numeral");
        assertFalse(AcronymRule.isAcronym("II"));
        assertFalse(AcronymRule.isAcronym("A"));
        assertFalse(AcronymRule.isAcronym("G7"));
        assertFalse(AcronymRule.isAcronym("Nato"));
    }

    @Test
    void capitalisedRunsGoThroughInitialsAndParticles() {
        assertEquals(List.of("Ada J. Byron"), names("then Ada J. Byron spoke"));
        assertEquals(List.of("Bank of the North Sea", "Lula da Silva"),
                names("the Bank of the North Sea met Lula da Silva"));
        assertEquals(List.of("Ada", "Byron"), names("with Ada, Byron and the rest"));
    }

    @Test
    void aPossessiveEndsANameUnlessAnOrganisationFollows() {
        assertEquals(List.of("Byron", "Ruritania"), names("it was Byron's Ruritania"));
        assertEquals(List.of("People\u2019s Army"), names("the People\u2019s Army"));
    }

    @Test
    void aTitleIsCutFromTheName() {
        assertEquals(List.of("Ada Byron"), names("the Ruritanian President Ada Byron said"));
        assertEquals(List.of("Secretary of the Party Council"), names("the Secretary of the Party Council said"));
    }

    @Test
    void stopwordsSplitRunsAndAreDropped() {
        assertEquals(List.of("Ruritania"), names("In Ruritania it rained"), "no longer at the sentence start");
        assertEquals(List.of(), names("On Monday in March we left"));
        assertEquals(List.of("Ruritania"), names("Los Ruritania"), "Spanish stopwords too");
        assertEquals(List.of("*El Salvador", "The Hague"), names("El Salvador wrote to The Hague"));
    }

    @Test
    void shoutingIsNotAName() {
        assertEquals(List.of(), names("x THE GREAT CRISIS"));
        assertEquals(List.of("NATO"), names("x NATO"));
    }

    @Test
    void loneTitlesOrganisationWordsAndNumeralsAreNotNames() {
        assertEquals(List.of(), names("the Party, the President, the War, chapter II"));
    }

    @Test
    void nameKindRule() {
        Set<String> common = Set.of("white", "helmets");
        assertEquals(NameKind.ACRONYM, NameKindRule.kind("NATO", LEXICON, common::contains));
        assertEquals(NameKind.PLACE, NameKindRule.kind("Buenos Aires", LEXICON, common::contains));
        assertEquals(NameKind.ORGANISATION, NameKindRule.kind("Green Party", LEXICON, common::contains));
        assertEquals(NameKind.ORGANISATION, NameKindRule.kind("Partido Verde", LEXICON, common::contains));
        assertEquals(NameKind.OTHER, NameKindRule.kind("Velvet Revolution", LEXICON, common::contains));
        assertEquals(NameKind.PERSON, NameKindRule.kind("Ada Byron", LEXICON, common::contains));
        assertEquals(NameKind.PERSON, NameKindRule.kind("Ada J. Byron", LEXICON, common::contains));
        assertEquals(NameKind.PERSON, NameKindRule.kind("Lula da Silva", LEXICON, common::contains));
        assertEquals(NameKind.OTHER, NameKindRule.kind("Ada Augusta King Byron", LEXICON, common::contains));
        assertEquals(NameKind.OTHER, NameKindRule.kind("Mexican Ada", LEXICON, common::contains));
        assertEquals(NameKind.OTHER, NameKindRule.kind("White Helmets", LEXICON, common::contains));
        assertEquals(NameKind.OTHER, NameKindRule.kind("Ada Canada", LEXICON, common::contains));
        assertEquals(NameKind.OTHER, NameKindRule.kind("Byron", LEXICON, common::contains));
        assertEquals(NameKind.OTHER, NameKindRule.kind("Critics of Byron", LEXICON, common::contains));
    }

    @Test
    void headwordInversion() {
        assertEquals("Byron, Ada J.", HeadwordInversion.invert("Ada J. Byron"));
        assertEquals("Silva, Lula da", HeadwordInversion.invert("Lula da Silva"));
        assertEquals("Byron", HeadwordInversion.invert("Byron"));
    }

    @Test
    void grammarCapitalRule() {
        NameRun run = CapitalisedRunRule.runs("Free Gladys now", LEXICON).get(0);
        assertEquals("Gladys", GrammarCapitalRule.apply(run, Set.of(), Set.of("free")::contains).form());
        assertEquals("Free Gladys", GrammarCapitalRule.apply(run, Set.of("Free Gladys"), Set.of("free")::contains).form(),
                "confirmed mid-sentence elsewhere");
        assertEquals("Free Gladys", GrammarCapitalRule.apply(run, Set.of(), Set.of()::contains).form(),
                "never written in lowercase");
    }
}
