package org.quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.documentnode.epub4j.epub.EpubReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Article;
import org.quire.model.Block;

/** Builds the real book from this repository's seeds/ once, then reads every output back. */
class BookBuildEndToEndTest {
    @TempDir
    static Path out;
    static BookBuild.Result result;
    static String pdfText;
    static int pdfPages;

    @BeforeAll
    static void build() throws IOException {
        result = new BookBuild(Path.of("."), Progress.SILENT).run(out);
        try (PDDocument pdf = Loader.loadPDF(result.pdf().toFile())) {
            pdfPages = pdf.getNumberOfPages();
            pdfText = new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void everyOutputIsWritten() {
        assertTrue(Files.isRegularFile(result.pdf()), "pdf");
        assertTrue(Files.isRegularFile(result.epub()), "epub");
        assertTrue(Files.isRegularFile(out.resolve("ingest-report.md")), "ingest report");
        long ingested = result.book().articles().stream().filter(a -> !"introduction".equals(a.meta().id())).count();
        assertTrue(result.articleFiles() >= ingested, "one Markdown file per article");
        assertTrue(result.book().articles().size() >= 5, "at least one article per seed");
    }

    @Test
    void thePdfHasTheWordsOfEveryArticle() {
        Map<String, Integer> printed = Words.count(pdfText);
        for (Article article : result.book().articles()) {
            List<String> missing = new ArrayList<>();
            Map<String, Integer> written = new HashMap<>();
            for (Block block : article.blocks()) {
                Words.count(Block.plainText(block)).forEach((w, n) -> written.merge(w, n, Integer::sum));
            }
            written.forEach((word, n) -> {
                if (printed.getOrDefault(word, 0) < n) {
                    missing.add(word);
                }
            });
            assertTrue(missing.isEmpty(), article.meta().title() + ": words not printed: " + missing);
        }
    }

    @Test
    void thePdfPrintsTheChineseNames() {
        assertTrue(pdfText.contains("佳士"), "Jasic in Chinese");
        assertTrue(pdfText.contains("坪山"), "Pingshan in Chinese");
    }

    @Test
    void everyFontInThePdfIsEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(result.pdf().toFile())) {
            int fonts = 0;
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
        }
        assertTrue(pdfPages > 20, "a book, not a leaflet: " + pdfPages + " pages");
    }

    @Test
    void theEpubIsEpub3AndReadsBack() throws IOException {
        try (InputStream in = Files.newInputStream(result.epub())) {
            var book = new EpubReader().readEpub(in);
            assertEquals(result.book().meta().title(), book.getTitle());
            assertTrue(book.getSpine().size() > result.book().articles().size(), "title page and every article in the spine");
        }
        try (ZipFile zip = new ZipFile(result.epub().toFile())) {
            assertEquals("mimetype", zip.entries().nextElement().getName(), "mimetype comes first");
            String opf = new String(zip.getInputStream(zip.getEntry("OEBPS/content.opf")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(opf.contains("version=\"3.0\""), "package version 3.0");
            assertTrue(opf.contains("properties=\"nav\""), "a nav document");
        }
    }

    @Test
    void theEpubNavListsEveryPartAndArticleAndNotesLinkBothWays() throws IOException {
        try (ZipFile zip = new ZipFile(result.epub().toFile())) {
            String nav = entry(zip, "OEBPS/nav.xhtml");
            for (Article article : result.book().articles()) {
                assertTrue(nav.contains("href=\"" + org.quire.html.BookRenderer.articleFile(article)), article.meta().id());
            }
            for (int i = 1; i <= result.book().parts().size(); i++) {
                if (result.book().parts().get(i - 1).title() != null) {
                    assertTrue(nav.contains("part-" + i + ".xhtml"), "part " + i);
                }
            }
            int notes = 0;
            for (Article article : result.book().articles()) {
                String page = entry(zip, "OEBPS/" + org.quire.html.BookRenderer.articleFile(article));
                java.util.regex.Matcher ref = java.util.regex.Pattern
                        .compile("epub:type=\"noteref\"[^>]*id=\"([^\"]+)\" href=\"#([^\"]+)\"").matcher(page);
                while (ref.find()) {
                    assertTrue(page.contains("id=\"" + ref.group(2) + "\""), "note " + ref.group(2) + " exists");
                    assertTrue(page.contains("href=\"#" + ref.group(1) + "\""), "note " + ref.group(2) + " links back");
                    notes++;
                }
            }
            assertTrue(notes >= 2, "the seed book's notes are note references: " + notes);
        }
    }

    @Test
    void aSecondBuildGivesTheSameEpubBytesAndPdfText(@TempDir Path again) throws IOException {
        BookBuild.Result second = new BookBuild(Path.of("."), Progress.SILENT).run(again);
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(result.epub()), Files.readAllBytes(second.epub())), "EPUB bytes");
        try (PDDocument pdf = Loader.loadPDF(second.pdf().toFile())) {
            assertEquals(pdfText, new PDFTextStripper().getText(pdf), "PDF text");
        }
    }

    private static String entry(ZipFile zip, String name) throws IOException {
        return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void epubCheckFindsNoErrors() {
        var report = new com.adobe.epubcheck.util.DefaultReportImpl(result.epub().toString());
        new com.adobe.epubcheck.api.EpubCheck(result.epub().toFile(), report).doValidate();
        assertEquals(0, report.getFatalErrorCount(), "fatal errors");
        assertEquals(0, report.getErrorCount(), "errors");
    }
}
