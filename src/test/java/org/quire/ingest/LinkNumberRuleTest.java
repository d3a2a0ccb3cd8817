package org.quire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A text browser's copy of a page: its link numbers and its list of addresses are no part of the text. */
class LinkNumberRuleTest {
    private static final String PAGE = """
               [1]Skip to content

               [2]Home [3]News [4]Events [5]About

            Crane Drivers Win Their Breaks

               Posted on May 4, 2013 by [6]Ana Lima

               The drivers of the north quay won [7]two breaks a shift, and the
               [8]union says the [9]"night crews" come next.[1]

               Notes: [1] The agreement runs for a year.

               [10]<< Older posts                            [11]Newer posts >>

            References

               1. https://harbour.example.org/#main
               2. https://harbour.example.org/
               3. https://harbour.example.org/news/
               4. https://harbour.example.org/events/
               5. https://harbour.example.org/about/
               6. https://harbour.example.org/author/ana-lima/
               7. https://harbour.example.org/agreement/
               8. https://harbour.example.org/union/
               9. https://harbour.example.org/night/
              10. https://harbour.example.org/page/2/
              11. https://harbour.example.org/
            """;

    @Test
    void onAPageFullOfThemLinkNumbersGoButANotesMarkerAfterAWordStays() {
        List<SourceLine> lines = LinkNumberRule.strip(LineDecoder.decode(PAGE));
        assertEquals("   Posted on May 4, 2013 by Ana Lima", lines.get(6).text());
        assertEquals(1, lines.get(6).linkNumbers());
        assertEquals("   union says the \"night crews\" come next.[1]", lines.get(9).text());
        assertEquals("   Notes: [1] The agreement runs for a year.", lines.get(11).text());
        assertEquals("   Home | News | Events | About", lines.get(2).text(), "a menu's items kept apart");
    }

    @Test
    void aFewBracketedNumbersAreTheAuthorsAndStay() {
        List<SourceLine> lines = LineDecoder.decode("See [1]the report and [2]the reply.\n");
        assertEquals(lines, LinkNumberRule.strip(lines));
    }

    @Test
    void theAddressListAtTheEndGoesTheArticleKeepsItsBylineAndNoPagerStays() {
        IngestResult result = Ingest.ingest("dump.txt", PAGE);
        assertEquals(1, result.articles().size());
        var meta = result.articles().get(0).meta();
        assertEquals("Crane Drivers Win Their Breaks", meta.title());
        assertEquals(List.of("Ana Lima"), meta.authors());
        assertEquals("2013-05-04", meta.date());
        assertTrue(meta.edits().stream().anyMatch(e -> e.startsWith("a text browser's link numbers taken out")), meta.edits().toString());
        assertEquals(LinkNumberRule.REFERENCES, ArticleSplitterTest.ruleOfLine(result.report(), 16));
        assertEquals(LinkNumberRule.REFERENCES, ArticleSplitterTest.ruleOfLine(result.report(), 28));
        assertEquals(NavigationLineRule.NAME, ArticleSplitterTest.ruleOfLine(result.report(), 14));
        assertTrue(result.report().accountsForEveryLine());
    }

    @Test
    void aNumberedListOfAddressesInsideTheTextIsNoReferenceList() {
        IngestResult result = Ingest.ingest("notes.txt", """
                Crane Drivers Win Their Breaks

                The drivers of the north quay won two breaks a shift, and the union says the night crews come next.

                References

                1. https://harbour.example.org/agreement/
                2. https://harbour.example.org/union/
                4. https://harbour.example.org/night/
                """);
        assertNull(ArticleSplitterTest.ruleOfLine(result.report(), 5));
    }
}
