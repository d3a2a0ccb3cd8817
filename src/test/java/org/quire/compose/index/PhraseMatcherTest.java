package org.quire.compose.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    private static List<String> found(PhraseMatcher<String> matcher, String text) {
        return matcher.find(text).stream().map(m -> m.text() + "@" + m.start() + "=" + m.targets()).toList();
    }

    @Test
    void matchesWholeWordsOnly() {
        PhraseMatcher<String> matcher = new PhraseMatcher<>();
        matcher.add("Ada", "ada");
        String text = "Ada met Adam, then Canada's Ada.";
        assertEquals(List.of("Ada@0=[ada]", "Ada@" + text.lastIndexOf("Ada") + "=[ada]"), found(matcher, text));
    }

    @Test
    void theLongestPhraseWinsAndMatchesNeverOverlap() {
        PhraseMatcher<String> matcher = new PhraseMatcher<>();
        matcher.add("Green Party", "party");
        matcher.add("Green Party of Ruritania", "ruritania");
        matcher.add("Ruritania", "country");
        assertEquals(List.of("Green Party of Ruritania@4=[ruritania]", "Green Party@33=[party]"),
                found(matcher, "The Green Party of Ruritania and Green Party members"));
    }

    @Test
    void capitalisedPhrasesMatchExactlyLowercaseOnesInAnyCase() {
        PhraseMatcher<String> matcher = new PhraseMatcher<>();
        matcher.add("Rose", "name");
        matcher.add("tariffs", "term");
        String text = "Tariffs rose, said Rose; a rose. TARIFFS";
        assertEquals(List.of("Tariffs@0=[term]", "Rose@" + text.indexOf("Rose") + "=[name]",
                "TARIFFS@" + text.indexOf("TARIFFS") + "=[term]"), found(matcher, text));
    }

    @Test
    void aPossessiveCountsButIsNotPartOfTheMatch() {
        PhraseMatcher<String> matcher = new PhraseMatcher<>();
        matcher.add("Ada Byron", "ada");
        String text = "Ada Byron\u2019s notes, and Ada\u00A0Byron's engine";
        assertEquals(List.of("Ada Byron@0=[ada]", "Ada\u00A0Byron@" + text.lastIndexOf("Ada") + "=[ada]"), found(matcher, text));
    }

    @Test
    void acronymsWithHyphensAndAmpersandsAreOneWord() {
        PhraseMatcher<String> matcher = new PhraseMatcher<>();
        matcher.add("ABC", "abc");
        matcher.add("ABC-DEF", "abc-def");
        matcher.add("R&D", "rnd");
        assertEquals(List.of("ABC-DEF@0=[abc-def]", "ABC@12=[abc]", "R&D@20=[rnd]"),
                found(matcher, "ABC-DEF and ABC did R&D."));
    }

    @Test
    void aPhraseNeverRunsAcrossALineOrPunctuation() {
        PhraseMatcher<String> matcher = new PhraseMatcher<>();
        matcher.add("Ada Byron", "ada");
        assertEquals(List.of(), found(matcher, "Ada\nByron, Ada. Byron, Ada-Byron"));
    }

    @Test
    void onePhraseMayStandForSeveralThings() {
        PhraseMatcher<String> matcher = new PhraseMatcher<>();
        matcher.add("floods", "rivers");
        matcher.add("floods", "weather");
        assertEquals(List.of("floods@0=[rivers, weather]"), found(matcher, "floods"));
    }
}
