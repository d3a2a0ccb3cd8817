package org.quire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quire.model.ArticleMeta;

class StubArticleRuleTest {
    private static final String PAGE = """
            The Harbour Bulletin

            Dockers Walk Out
            By Ana Torres | May 2, 2024

            Dockers at the port walked out on Monday over a safety dispute that had run for months.

            They say they will stay out until the cranes are inspected.


            Telegram
            Mastodon
            Email


            Related Reading
            March 3, 2024
            About
            Contact
            """;

    @Test
    void headingsWithoutTextOfTheirOwnAreNoArticles() {
        IngestResult result = Ingest.ingest("page.txt", PAGE);
        List<String> titles = result.articles().stream().map(a -> a.meta().title()).toList();
        assertEquals(List.of("Dockers Walk Out"), titles);
        SeedReport report = result.report();
        // Share buttons are interface phrases before they could make an article; the list under a heading is a stub.
        assertEquals(InterfacePhraseRule.NAME, ArticleSplitterTest.ruleOfLine(report, 11));
        assertEquals(StubArticleRule.NAME, ArticleSplitterTest.ruleOfLine(report, 16));
        assertTrue(report.accountsForEveryLine());
    }

    @Test
    void aPoemInShortLinesStays() {
        IngestResult result = Ingest.ingest("poem.txt", """
                Song Of The Cranes

                The cranes stand still over the water
                The hooks hang empty in the wind
                No ship unloads and no truck leaves
                The gulls have the quay to themselves
                We wait at the gate with our hands in our pockets
                And the foreman counts the hours we are not there
                The sea does not care who owns the port
                And neither do we today
                """);
        assertEquals(List.of("Song Of The Cranes"), result.articles().stream().map(a -> a.meta().title()).toList());
    }

    @Test
    void aShortArticleInSentencesStays() {
        IngestResult result = Ingest.ingest("short.txt", """
                Rally On Friday

                Join us at the gates at noon.
                """);
        ArticleMeta meta = result.articles().get(0).meta();
        assertEquals("Rally On Friday", meta.title());
    }
}
