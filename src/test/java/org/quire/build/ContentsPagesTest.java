package org.quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contents of the real book: each entry's printed number is the page (by its label) where the title is printed. */
class ContentsPagesTest {
    private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)\\s*$");
    @TempDir
    static Path out;
    static BookBuild.Result result;

    @BeforeAll
    static void build() throws IOException {
        result = new BookBuild(Path.of("."), Progress.SILENT).run(out);
    }

    @Test
    void everyContentsEntryNamesAndLinksTheTitlesPage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(result.pdf().toFile())) {
            String[] labels = pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            PDFTextStripper text = new PDFTextStripper();
            int entries = 0;
            for (int i = 0; i < result.layout().firstBodyPage(); i++) {
                PDPage page = pdf.getPage(i);
                // An entry that wraps is one link per line: join consecutive links to the same page.
                List<int[]> targets = new ArrayList<>();
                List<StringBuilder> texts = new ArrayList<>();
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        int target = targetPage(pdf, link);
                        if (targets.isEmpty() || targets.get(targets.size() - 1)[0] != target) {
                            targets.add(new int[] {target});
                            texts.add(new StringBuilder());
                        }
                        texts.get(texts.size() - 1).append(textIn(page, link.getRectangle())).append(' ');
                    }
                }
                for (int k = 0; k < targets.size(); k++) {
                    String entry = texts.get(k).toString().strip();
                    int target = targets.get(k)[0];
                    Matcher number = TRAILING_NUMBER.matcher(entry);
                    assertTrue(number.find(), "a page number ends the entry: " + entry);
                    assertEquals(number.group(1), labels[target], "the link goes to the page the entry names: " + entry);
                    text.setStartPage(target + 1);
                    text.setEndPage(target + 1);
                    String printed = squash(text.getText(pdf));
                    String firstWords = squash(entry.replaceAll("[ .]*\\d+\\s*$", "")).substring(0, 10);
                    assertTrue(printed.contains(firstWords), "page " + labels[target] + " prints " + firstWords);
                    entries++;
                }
            }
            assertTrue(entries >= result.book().articles().size(), "an entry per article: " + entries);
        }
    }

    @Test
    void pageLabelsAreRomanThenArabicFromOne() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(result.pdf().toFile())) {
            String[] labels = pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            int first = result.layout().firstBodyPage();
            assertEquals("i", labels[0]);
            assertEquals("1", labels[first]);
            assertEquals(0, first % 2, "page 1 is a right-hand page");
        }
    }

    @Test
    void everyFootnoteIsPrintedOnThePageThatCallsIt() throws IOException {
        List<String[]> notes = new ArrayList<>();
        for (org.quire.model.Article article : result.book().articles()) {
            for (org.quire.model.Block block : article.blocks()) {
                if (block instanceof org.quire.model.Block.Paragraph p) {
                    collectNotes(p.content(), new StringBuilder(), notes);
                }
            }
        }
        assertTrue(!notes.isEmpty(), "the seed book has footnotes");
        try (PDDocument pdf = Loader.loadPDF(result.pdf().toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                text.setStartPage(i);
                text.setEndPage(i);
                pages.add(squash(text.getText(pdf)));
            }
            for (String[] note : notes) {
                int notePage = -1;
                for (int i = 0; i < pages.size() && notePage < 0; i++) {
                    if (pages.get(i).contains(note[1])) {
                        notePage = i;
                    }
                }
                assertTrue(notePage >= 0, "note printed: " + note[1]);
                assertTrue(pages.get(notePage).contains(note[0]), "the call (after '" + note[0] + "') is on the note's page");
            }
        }
    }

    @Test
    void theIndexCitesPagesThatPrintTheTerm() throws IOException {
        List<org.quire.compose.index.IndexEntry> entries = result.index().entries();
        assertTrue(entries.size() >= 150, "headwords: " + entries.size());
        assertTrue(entries.stream().anyMatch(e -> !e.subEntries().isEmpty()), "sub-entries");
        assertTrue(entries.stream().anyMatch(e -> e.see() != null || !e.seeAlso().isEmpty()), "cross-references");
        List<org.quire.compose.index.Occurrence> all = result.index().occurrences();
        try (PDDocument pdf = Loader.loadPDF(result.pdf().toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            int step = Math.max(1, all.size() / 30);
            int checked = 0;
            for (int i = 0; i < all.size() && checked < 30; i += step, checked++) {
                org.quire.compose.index.Occurrence occurrence = all.get(i);
                Integer page = result.layout().anchorPages().get(occurrence.anchorId());
                assertTrue(page != null, "laid out: " + occurrence);
                text.setStartPage(page + 1);
                text.setEndPage(page + 1);
                assertTrue(squash(text.getText(pdf)).contains(squash(occurrence.matchedText())),
                        occurrence.matchedText() + " on page index " + page);
            }
            assertEquals(30, checked);
        }
    }

    /** Each note as {the words just before its call, the first words of its text}. */
    @Test
    void pagesLeftEmptyBeforeARectoPrintNoFolio() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(result.pdf().toFile())) {
            String[] labels = pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            PDFTextStripper text = new PDFTextStripper();
            int blank = 0;
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                text.setStartPage(i + 1);
                text.setEndPage(i + 1);
                String printed = text.getText(pdf).strip();
                assertTrue(!printed.equals(labels[i]), "page " + labels[i] + " prints only its folio");
                blank += printed.isEmpty() ? 1 : 0;
            }
            assertTrue(blank > 0, "the seed book has blank versos before its rectos");
        }
    }

    @Test
    void theSourcesPagesSayWhatWasChangedInEveryIngestedArticle() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(result.pdf().toFile())) {
            // A line may break after a hyphen: "anti-" / "immigration".
            String all = squash(new PDFTextStripper().getText(pdf)).replace("- ", "-");
            String sources = all.substring(all.lastIndexOf(squash("Sources")));
            for (org.quire.model.Article article : result.book().articles()) {
                if (article.meta().edits().isEmpty()) {
                    continue;
                }
                int title = sources.indexOf(squash(article.meta().title()).replace("- ", "-"));
                int edits = sources.indexOf(squash("Editing: " + article.meta().edits().get(0)).replace("- ", "-"),
                        Math.max(title, 0));
                assertTrue(title >= 0 && edits > title,
                        "the sources pages say how " + article.meta().id() + " was edited");
            }
        }
    }

    private static void collectNotes(List<org.quire.model.Inline> inlines, StringBuilder before, List<String[]> out) {
        for (org.quire.model.Inline inline : inlines) {
            if (inline instanceof org.quire.model.Inline.Note note) {
                String call = squash(before.toString());
                String[] callWords = call.split(" ");
                String lead = String.join(" ", java.util.Arrays.copyOfRange(callWords, Math.max(0, callWords.length - 3), callWords.length));
                String noteText = squash(org.quire.model.Block.plainText(note.content().get(0)));
                out.add(new String[] {lead, noteText.substring(0, Math.min(30, noteText.length()))});
            } else {
                before.append(org.quire.model.Inline.plainText(List.of(inline)));
            }
        }
    }

    private static String textIn(PDPage page, PDRectangle box) throws IOException {
        PDFTextStripperByArea area = new PDFTextStripperByArea();
        float height = page.getMediaBox().getHeight();
        area.addRegion("entry", new Rectangle2D.Float(box.getLowerLeftX() - 1, height - box.getUpperRightY() - 1,
                box.getWidth() + 2, box.getHeight() + 2));
        area.extractRegions(page);
        return area.getTextForRegion("entry").strip();
    }

    private static int targetPage(PDDocument pdf, PDAnnotationLink link) throws IOException {
        PDDestination destination = link.getDestination();
        if (destination == null && link.getAction() instanceof PDActionGoTo goTo) {
            destination = goTo.getDestination();
        }
        if (destination instanceof PDNamedDestination named) {
            destination = pdf.getDocumentCatalog().findNamedDestinationPage(named);
        }
        assertTrue(destination instanceof PDPageDestination, "a working internal link");
        return ((PDPageDestination) destination).retrievePageNumber();
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
