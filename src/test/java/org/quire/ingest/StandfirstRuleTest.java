package org.quire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.quire.model.ArticleMeta;
import org.quire.model.Block;

class StandfirstRuleTest {
    @Test
    void aStandfirstNamingTheAuthorUnderALabelBecomesTheSubtitle() {
        IngestResult result = Ingest.ingest("t.txt", """
                Dockers Walk Out
                By Ana Torres | May 2, 2024

                After the vote:
                ANA TORRES reports on the walkout at the port and what the dockers want.

                Dockers at the port walked out on Monday over a safety dispute that had run for months.
                """);
        ArticleMeta meta = result.articles().get(0).meta();
        assertEquals("ANA TORRES reports on the walkout at the port and what the dockers want.", meta.subtitle());
        assertEquals(HeaderReader.KICKER, ArticleSplitterTest.ruleOfLine(result.report(), 4));
        assertEquals(1, result.articles().get(0).blocks().size());
    }

    @Test
    void aShortLineUnderTheBylineIsTheDek() {
        IngestResult result = Ingest.ingest("t.txt", """
                Dockers Walk Out
                By Ana Torres | May 2, 2024

                The port stands still:

                Dockers at the port walked out on Monday over a safety dispute that had run for months.
                """);
        assertEquals("The port stands still", result.articles().get(0).meta().subtitle());
    }

    @Test
    void aFirstParagraphWithoutTheAuthorsNameStaysText() {
        IngestResult result = Ingest.ingest("t.txt", """
                Dockers Walk Out
                By Ana Torres | May 2, 2024

                Dockers at the port walked out on Monday over a safety dispute that had run for months.

                They say they will stay out until the cranes are inspected.
                """);
        assertEquals(2, result.articles().get(0).blocks().size());
        assertFalse(Block.plainText(result.articles().get(0).blocks().get(0)).isEmpty());
    }
}
