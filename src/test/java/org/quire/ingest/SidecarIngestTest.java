package org.quire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quire.ingest.ArticleSplitterTest.fixture;
import static org.quire.ingest.ArticleSplitterTest.ruleOfLine;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quire.build.QuireException;
import org.quire.model.Article;
import org.quire.model.ArticleMeta;
import org.quire.model.Block;
import org.quire.sidecar.LineRange;
import org.quire.sidecar.Overrides;
import org.quire.sidecar.SidecarReader;

/** The editor's sidecar applied by ingest: line edits before the split, article edits after, all in the report. */
class SidecarIngestTest {
    private static final String SIDECAR = "tenants.yaml";

    private static final String BILINGUAL = """
            Save The Corner Library

            The library on Elm Street opened in 1931 and lends 40,000 books a year to the people of Northgate.

            The council wants to close it on June 30 and sell the building to a developer called Brightwater.

            Come to the meeting at the town hall on Thursday at 7 and tell Mayor Dalton to keep it open.

            La biblioteca de Elm Street abrió en 1931 y presta 40,000 libros al año a la gente de Northgate.

            El ayuntamiento quiere cerrarla el 30 de junio y vender el edificio a la empresa Brightwater.

            Vengan a la reunión del ayuntamiento el jueves a las 7 y pidan a la alcaldesa Dalton que no la cierre.
            """;

    private static IngestResult tenants(String yaml) throws IOException {
        return Ingest.ingest("tenants.txt", fixture("tenants.txt"), SidecarReader.read(yaml, SIDECAR));
    }

    private static String text(Article article) {
        return String.join("\n", article.blocks().stream().map(Block::plainText).toList());
    }

    @Test
    void withoutASidecarIngestDecidesAlone() throws IOException {
        IngestResult result = Ingest.ingest("tenants.txt", fixture("tenants.txt"));
        assertEquals(1, result.articles().size());
        assertEquals(ImageRule.LABEL, ruleOfLine(result.report(), 7));
        assertTrue(text(result.articles().get(0)).contains("a letter from a reader"));
        assertNull(result.report().sidecar());
        assertFalse(IngestReport.markdown(List.of(result.report())).contains("### Sidecar"));
    }

    @Test
    void linesTheEditorDropsAreReportedWithRuleSidecar() throws IOException {
        IngestResult result = tenants("drop: [13]\n");
        DroppedLine dropped = result.report().dropped().stream().filter(d -> d.line() == 13).findFirst().orElseThrow();
        assertEquals(SidecarLines.RULE, dropped.rule());
        assertEquals("dropped by the editor's sidecar", dropped.why());
        assertFalse(text(result.articles().get(0)).contains("a letter from a reader"));
        assertTrue(result.report().accountsForEveryLine());
        assertEquals(List.of("line 13 dropped"), result.report().sidecarNotes());
        String markdown = IngestReport.markdown(List.of(result.report()));
        assertTrue(markdown.contains("### Sidecar " + SIDECAR + "\n\n- line 13 dropped\n"), markdown);
        assertTrue(markdown.contains("| 13 | sidecar | dropped by the editor's sidecar |"), markdown);
    }

    @Test
    void aLineTheEditorKeepsStaysInTheArticle() throws IOException {
        IngestResult result = tenants("keep: [7]\n");
        assertNull(ruleOfLine(result.report(), 7));
        assertTrue(text(result.articles().get(0)).contains("no rent no peace"));
        assertTrue(result.report().accountsForEveryLine());
        assertEquals(List.of("line 7 kept against " + ImageRule.LABEL), result.report().sidecarNotes());
    }

    @Test
    void aKeepNoRuleNeedsIsReportedAsSuch() throws IOException {
        assertEquals(List.of("line 9 kept (no rule would drop it)"), tenants("keep: [9]\n").report().sidecarNotes());
    }

    @Test
    void aSplitBeforeRunningTextStartsAnUntitledArticle() throws IOException {
        IngestResult result = tenants("split-before: [15]\n");
        assertEquals(2, result.articles().size());
        assertEquals("1-13", result.articles().get(0).meta().lines());
        assertEquals("15-19", result.articles().get(1).meta().lines());
        assertTrue(result.report().articles().get(1).workingTitle());
        assertTrue(result.report().accountsForEveryLine());
        assertEquals(List.of("an article starts at line 15"), result.report().sidecarNotes());
    }

    @Test
    void aSplitBeforeATitleLineStartsATitledArticle() {
        String text = """
                First Report From The Picket
                Pickets stood at the gate from six in the morning, and the drivers would not cross the line.
                By noon the depot manager came out to talk, and the pickets told him what they wanted.
                Second Report From The Picket
                The second day was colder, but more people came, and a choir sang at the gate at noon.
                """;
        assertEquals(1, Ingest.ingest("picket.txt", text).articles().size(), "ingest alone sees a heading");
        IngestResult result = Ingest.ingest("picket.txt", text, SidecarReader.read("split-before: 4", SIDECAR));
        assertEquals(List.of("First Report From The Picket", "Second Report From The Picket"),
                result.articles().stream().map(a -> a.meta().title()).toList());
    }

    @Test
    void aSplitOrADropInsideAWrappedParagraphCutsIt() {
        List<SourceLine> lines = LineDecoder.decode("""
                The first line of a paragraph wrapped at a fixed width, as e-mail
                archives keep it, so that the second line continues the sentence and
                the third one does too, until the paragraph ends with a full stop.
                """);
        assertEquals(1, ParagraphGrouper.group(lines).size());
        List<Chunk> cut = ParagraphGrouper.group(lines, Set.of(2, 3));
        assertEquals(List.of(List.of(1), List.of(2), List.of(3)), cut.stream().map(Chunk::lines).toList());
    }

    @Test
    void articleFieldsAreSetFoundByALineTheyHold() throws IOException {
        IngestResult result = tenants("""
                split-before: [15]
                articles:
                  - at: 17
                    title: "The Tenants' Food Bank"
                    author: [Jo Bloggs, Sam Roe]
                    date: 2024-06
                    id: the-food-bank
                  - article: the-long-rent-strike-ends
                    author:
                """);
        ArticleMeta strike = result.articles().get(0).meta();
        assertEquals(List.of(), strike.authors());
        ArticleMeta bank = result.articles().get(1).meta();
        assertEquals("The Tenants’ Food Bank", bank.title(), "printer's quotes, as for the seed's own titles");
        assertTrue(bank.edits().contains("title supplied by the editor"), "the sources page says who titled it");
        assertEquals(List.of("Jo Bloggs", "Sam Roe"), bank.authors());
        assertEquals("2024-06", bank.date());
        assertEquals("the-food-bank", bank.id());
        ArticleEntry entry = result.report().articles().get(1);
        assertFalse(entry.workingTitle(), "the editor's title is no working title");
        assertEquals("the-food-bank", entry.id());
        List<String> notes = result.report().sidecarNotes();
        assertTrue(notes.get(1).startsWith("the-food-bank (lines 15–19): title, author, date, id set by the sidecar (ingest's id: a-week-later"), notes.get(1));
        assertEquals("the-long-rent-strike-ends (lines 1–13): author emptied by the sidecar", notes.get(2));
    }

    @Test
    void aDroppedArticleLeavesItsLinesToTheSidecarRule() throws IOException {
        IngestResult result = tenants("split-before: [15]\narticles:\n  - at: 15\n    drop: true\n");
        assertEquals(1, result.articles().size());
        assertEquals(1, result.report().articles().size());
        for (int line : List.of(15, 17, 19)) {
            assertEquals(SidecarLines.RULE, ruleOfLine(result.report(), line));
        }
        assertTrue(result.report().accountsForEveryLine());
        assertTrue(result.report().sidecarNotes().get(1).endsWith("(lines 15–19) dropped"), result.report().sidecarNotes().toString());
    }

    @Test
    void translationLinksFollowARenameAndLetGoOfADroppedOriginal() {
        IngestResult renamed = Ingest.ingest("library.txt", BILINGUAL,
                SidecarReader.read("articles:\n  - at: 3\n    id: corner-library\n", SIDECAR));
        assertEquals("corner-library", renamed.articles().get(1).meta().translationOf());

        IngestResult dropped = Ingest.ingest("library.txt", BILINGUAL,
                SidecarReader.read("articles:\n  - article: save-the-corner-library\n    drop: true\n", SIDECAR));
        assertEquals(1, dropped.articles().size());
        assertNull(dropped.articles().get(0).meta().translationOf());
        assertTrue(dropped.report().accountsForEveryLine());
    }

    @Test
    void aLineBeyondTheSeedIsAnError() {
        QuireException e = assertThrows(QuireException.class, () -> tenants("keep: [4]\ndrop: [\"18-25\"]\n"));
        assertEquals(SIDECAR + ":2: line 25 is out of range: the seed has 19 lines", e.oneLine());
    }

    @Test
    void anArticleFoundByNoLineOrIdIsAnError() throws IOException {
        QuireException dropped = assertThrows(QuireException.class, () -> Ingest.ingest("feed.txt", fixture("feed.txt"),
                SidecarReader.read("articles:\n  - at: 2\n    title: X\n", SIDECAR)));
        assertTrue(dropped.oneLine().startsWith(SIDECAR + ":2: line 2 is in no article: page-header dropped it"),
                dropped.oneLine());
        QuireException unknown = assertThrows(QuireException.class,
                () -> tenants("articles:\n  - article: no-such-article\n    title: X\n"));
        assertTrue(unknown.oneLine().contains(":2: no article of this seed has the id 'no-such-article' "
                + "(its ids: the-long-rent-strike-ends)"), unknown.oneLine());
    }

    @Test
    void twoEditsOfOneArticleAreAnError() {
        QuireException e = assertThrows(QuireException.class,
                () -> tenants("articles:\n  - at: 1\n    title: X\n  - at: 9\n    date: 2020\n"));
        assertTrue(e.oneLine().startsWith(SIDECAR + ":4: the article at line 9 is 'the-long-rent-strike-ends', "
                + "which the sidecar already names at line 2"), e.oneLine());
    }

    @Test
    void anIdTakenByAnotherArticleIsAnError() {
        QuireException e = assertThrows(QuireException.class, () -> Ingest.ingest("library.txt", BILINGUAL,
                SidecarReader.read("articles:\n  - at: 9\n    title: Salven la biblioteca\n    id: save-the-corner-library\n",
                        SIDECAR)));
        assertTrue(e.oneLine().startsWith(SIDECAR + ":4: two articles of this seed would have the id "
                + "'save-the-corner-library'"), e.oneLine());
    }

    /** Keeping any line a rule dropped, splitting before any line or dropping any line still accounts for every line. */
    @ParameterizedTest
    @ValueSource(strings = {"tenants.txt", "feed.txt", "archive.txt"})
    void everyLineEditStillAccountsForEveryLine(String name) throws IOException {
        String text = fixture(name);
        for (DroppedLine d : Ingest.ingest(name, text).report().dropped()) {
            SeedReport report = Ingest.ingest(name, text, lines(List.of(), List.of(d.line()), List.of())).report();
            assertTrue(report.accountsForEveryLine(), name + ": keep " + d.line());
            assertNull(ruleOfLine(report, d.line()), name + ": line " + d.line() + " kept against " + d.rule());
        }
        int count = LineDecoder.decode(text).size();
        for (int line = 1; line <= count; line++) {
            assertTrue(Ingest.ingest(name, text, lines(List.of(line), List.of(), List.of())).report()
                    .accountsForEveryLine(), name + ": split before " + line);
            assertTrue(Ingest.ingest(name, text, lines(List.of(), List.of(), List.of(line))).report()
                    .accountsForEveryLine(), name + ": drop " + line);
        }
    }

    private static Overrides lines(List<Integer> splits, List<Integer> keep, List<Integer> drop) {
        return new Overrides(SIDECAR, ranges(splits), ranges(keep), ranges(drop), List.of());
    }

    private static List<LineRange> ranges(List<Integer> lines) {
        return lines.stream().map(n -> new LineRange(n, n, 1)).toList();
    }
}
