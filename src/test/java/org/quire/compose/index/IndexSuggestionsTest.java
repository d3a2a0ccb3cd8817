package org.quire.compose.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexSuggestionsTest {

    @Test
    void candidatesPrintMostFrequentFirstWithVariantsAndWhatBecomesOfThem() {
        Map<String, Integer> byron = new LinkedHashMap<>();
        byron.put("Byron", 4);
        byron.put("Ada Byron", 2);
        List<Candidate> candidates = List.of(
                new Candidate("Zanzibar", NameKind.OTHER, 1, Map.of("Zanzibar", 1)),
                new Candidate("Byron, Ada", NameKind.PERSON, 6, byron),
                new Candidate("Green Party", NameKind.ORGANISATION, 3, Map.of("Green Party", 3)),
                new Candidate("NATO", NameKind.ACRONYM, 3, Map.of("NATO", 3)));
        IndexSpec spec = IndexSpec.parse("exclude: [NATO]\nentries: [{term: Greens, aliases: [Green Party]}]", "index.yaml");
        assertEquals(List.of(
                "    6  person        Byron, Ada  [Byron 4, Ada Byron 2]",
                "    3  organisation  Green Party  (curated)",
                "    3  acronym       NATO  (excluded)",
                "    1  other         Zanzibar  (below threshold)"),
                IndexSuggestions.lines(candidates, spec));
    }

    @Test
    void aBookGivesItsCandidates() {
        List<String> lines = IndexSuggestions.lines(Fixtures.book(Fixtures.article("a",
                "We met Ada Byron. Later Byron wrote; Byron left.")), IndexSpec.AUTOMATIC);
        assertEquals(List.of("    3  person        Byron, Ada  [Byron 2, Ada Byron 1]"), lines);
    }
}
