package org.quire.ingest.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quire.ingest.ArticleEntry;
import org.quire.model.Article;
import org.quire.model.ArticleMeta;
import org.quire.model.Block;
import org.quire.model.Inline;

/** The scorer on a hand-made page, where every count can be worked out by hand. */
class FileScorerTest {
    private static final List<String> RAW = List.of(
            "Site Name And Its Long Tagline Here",          // 1 furniture
            "",
            "First Title",                                   // 3
            "By Ann Lee",                                    // 4
            "The first article has these words in it.",      // 5 body: 8 words
            "Photo: a caption of the first article photo",   // 6 noise
            "And it ends with this second line.",            // 7 body: 7 words
            "",
            "Second Title",                                  // 9 furniture, too short to be a suspect
            "Another body line with several words.",         // 10 body: 6 words
            "Follow",                                        // 11 noise
            "The last line of the second article.",          // 12 body: 7 words
            "Share this page with your friends now");        // 13 furniture

    private static final GoldFile GOLD = new GoldFile(Path.of("gold.gold.yaml"), Path.of("page.txt"), RAW, List.of(
            new GoldArticle("First Title", List.of("Ann Lee"), "2020-01-02", "en",
                    List.of(new GoldArticle.LineRange(5, 5), new GoldArticle.LineRange(7, 7)), List.of(6)),
            new GoldArticle(null, List.of(), null, "en",
                    List.of(new GoldArticle.LineRange(10, 10), new GoldArticle.LineRange(12, 12)), List.of(11))));

    static IngestedArticle article(String id, String title, boolean workingTitle, List<String> authors, String date,
            int first, int last, String... paragraphs) {
        ArticleMeta meta = new ArticleMeta(id, title, null, authors, date, null, null, "en", null, "page.txt",
                first + "-" + last);
        List<Block> blocks = Arrays.stream(paragraphs).map(p -> (Block) new Block.Paragraph(List.of(Inline.text(p))))
                .toList();
        ArticleEntry entry = new ArticleEntry(id, title, workingTitle, authors, date, "en", null, first, last,
                paragraphs.length);
        return IngestedArticle.of(new Article(meta, blocks), entry);
    }

    private static String line(int n) {
        return RAW.get(n - 1);
    }

    @Test
    void spansRunFromTheTitleLineAndFurnitureIsWhatLiesOutside() {
        assertEquals(3, GOLD.spanStart(0));
        assertEquals(7, GOLD.spanEnd(0));
        assertEquals(10, GOLD.spanStart(1), "an untitled article starts at its first own line");
        assertEquals(List.of(1, 9, 13), GOLD.furnitureLines());
    }

    @Test
    void aPerfectIngestScoresFullMarks() {
        Counts c = FileScorer.score(GOLD, List.of(
                article("first-title", "First Title", false, List.of("Ann Lee"), "2020-01-02", 3, 7, line(5), line(7)),
                article("another-body", "Another body line …", true, List.of(), null, 10, 12, line(10), line(12))))
                .counts();
        assertEquals(new Counts(2, 2, 2, 2, 2, 1, 1, 1, 1, 28, 0, 0, 0), c);
        assertEquals(1.0, c.f1());
    }

    @Test
    void wrongMetadataNoiseAndExtraArticlesAreAllCounted() {
        FileScore score = FileScorer.score(GOLD, List.of(
                article("first-title", "First title!", false, List.of(), null, 3, 7, line(5), line(6), line(7)),
                article("another-body", "Another body line", false, List.of(), null, 10, 13, line(10), line(11), line(12),
                        line(13)),
                article("site-name", "Site Name", false, List.of(), null, 1, 1, line(1))));
        Counts c = score.counts();
        assertEquals(1, c.titlesRight(), "first title matches after normalisation; the untitled one got a real title");
        assertEquals(0, c.authorsRight());
        assertEquals(0, c.datesRight());
        assertEquals(28, c.tp());
        assertEquals(8 + (1 + 7) + 7, c.fp(), "caption; Follow and the share line; the whole extra article");
        assertEquals(0, c.fn());
        assertEquals(2.0 * 28 / (2 * 28 + 23), c.f1(), 1e-9);
        List<String> residue = score.findings().of(Findings.RESIDUE);
        assertEquals(4, residue.size(), String.join("\n", residue));
        assertTrue(residue.get(0).startsWith("page.txt:1 "), residue.get(0));
        assertTrue(residue.get(1).startsWith("page.txt:6 "), residue.get(1));
        assertTrue(residue.get(2).contains(":11 ") && residue.get(2).endsWith("as a paragraph"), residue.get(2));
        assertTrue(residue.get(3).startsWith("page.txt:13 "), residue.get(3));
        assertEquals(1, score.findings().of(Findings.ARTICLES).size(), "the site-name article is extra");
    }

    @Test
    void aMissedArticleCostsItsWordsAndItsTitle() {
        Counts c = FileScorer.score(GOLD, List.of(
                article("first-title", "First Title", false, List.of("Ann Lee"), "2020-01-02", 3, 7, line(5), line(7))))
                .counts();
        assertEquals(1, c.matched());
        assertEquals(1, c.titlesRight());
        assertEquals(2, c.titles());
        assertEquals(13, c.fn());
        assertEquals(2.0 * 15 / (2 * 15 + 13), c.f1(), 1e-9);
    }

    @Test
    void extraParagraphsAreReportedByTheLineTheyCameFrom() {
        FileScore score = FileScorer.score(GOLD, List.of(
                article("first-title", "First Title", false, List.of("Ann Lee"), "2020-01-02", 3, 7, line(4), line(5),
                        line(7)),
                article("another-body", "Another body line …", true, List.of(), null, 10, 12, line(10), line(12))));
        String body = String.join("\n", score.findings().of(Findings.BODIES));
        assertTrue(body.contains("extra ≈line 4: \"By Ann Lee\""), body);
    }

    @Test
    void aPullQuoteThatRepeatsTheBodyIsResidueOnlyWhenItAppearsOnceTooOften() {
        List<String> raw = List.of("Title", "He said it is ironic that they keep lists of names.",
                "\u201CIt is ironic that they keep lists\u201D");
        GoldFile gold = new GoldFile(Path.of("g.gold.yaml"), Path.of("q.txt"), raw, List.of(new GoldArticle("Title",
                List.of(), null, "en", List.of(new GoldArticle.LineRange(2, 2)), List.of(3))));
        assertEquals(List.of(), ResidueCheck.offenders(gold,
                List.of(article("title", "Title", false, List.of(), null, 1, 2, raw.get(1)))));
        assertEquals(1, ResidueCheck.offenders(gold,
                List.of(article("title", "Title", false, List.of(), null, 1, 3, raw.get(2), raw.get(1)))).size());
    }

    @Test
    void footnoteTextIsBodyText() {
        Block.Paragraph withNote = new Block.Paragraph(List.of(Inline.text("Main text."),
                new Inline.Note(List.of(new Block.Paragraph(List.of(Inline.text("The note itself.")))))));
        ArticleMeta meta = new ArticleMeta("a", "A", null, List.of(), null, null, null, "en", null, "x.txt", "1-2");
        IngestedArticle a = IngestedArticle.of(new Article(meta, List.of(withNote)),
                new ArticleEntry("a", "A", false, List.of(), null, "en", null, 1, 2, 2));
        assertEquals(List.of("Main text.", "The note itself."), a.leaves());
        assertEquals(5, a.bodyWords().size());
    }
}
