package org.quire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylineRuleTest {
    @Test
    void plainByline() {
        assertEquals(List.of("Ana Torres"), BylineRule.parse("by Ana Torres").authors());
    }

    @Test
    void capitalsWithADateAfterABar() {
        BylineRule.Byline byline = BylineRule.parse("BY ANA TORRES | May 2, 2024");
        assertEquals(List.of("Ana Torres"), byline.authors());
        assertEquals("2024-05-02", byline.date());
        assertEquals(List.of("Ana Torres"), BylineRule.parse("By Ana Torres|May 2, 2024").authors());
    }

    @Test
    void authorFromAPublication() {
        BylineRule.Byline byline = BylineRule.parse("By Lee Park, from The Weekly Worker");
        assertEquals(List.of("Lee Park"), byline.authors());
        assertEquals("The Weekly Worker", byline.source());
    }

    @Test
    void twoAuthors() {
        assertEquals(List.of("Ana Torres", "Lee Park"), BylineRule.parse("By Ana Torres and Lee Park").authors());
    }

    @Test
    void aSentenceStartingWithByIsNoByline() {
        assertNull(BylineRule.parse("By the end of the week the strike had spread."));
        assertNull(BylineRule.parse("by contrast, the rest stayed home"));
    }
}
