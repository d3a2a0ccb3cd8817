package org.quire.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quire.compose.index.Occurrence;

class IndexLocatorsTest {
    private static Occurrence at(String anchor) {
        return new Occurrence(anchor, "a", 0, 0, "term");
    }

    @Test
    void eachPageOnceAndRunsAsRanges() {
        List<IndexLocators.Locator> locators = IndexLocators.of(
                List.of(at("ix-1"), at("ix-2"), at("ix-3"), at("ix-4"), at("ix-5"), at("ix-6")),
                Map.of("ix-1", 12, "ix-2", 12, "ix-3", 13, "ix-4", 14, "ix-5", 20, "ix-6", 22));
        assertEquals(List.of(
                new IndexLocators.Locator(12, "ix-1", 14, "ix-4"),
                new IndexLocators.Locator(20, "ix-5", 20, "ix-5"),
                new IndexLocators.Locator(22, "ix-6", 22, "ix-6")), locators);
    }

    @Test
    void anchorsWithoutAPageAreLeftOut() {
        assertEquals(List.of(), IndexLocators.of(List.of(at("ix-9")), Map.of()));
    }
}
