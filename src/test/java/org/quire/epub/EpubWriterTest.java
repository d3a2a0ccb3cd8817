package org.quire.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.util.DefaultReportImpl;
import io.documentnode.epub4j.domain.SpineReference;
import io.documentnode.epub4j.domain.TOCReference;
import io.documentnode.epub4j.epub.EpubReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.fonts.FontLibrary;
import org.quire.model.Article;

class EpubWriterTest {
    @TempDir
    static Path dir;
    static byte[] epub;
    static Map<String, byte[]> entries;

    @BeforeAll
    static void write() throws IOException {
        epub = EpubWriter.write(TestBook.book(), FontLibrary.scan(TestBook.FONTS), TestBook.CSS);
        entries = unzip(epub);
    }

    @Test
    void passesEpubCheckWithoutErrorsOrWarnings() throws IOException {
        Path file = Files.write(dir.resolve("book.epub"), epub);
        List<String> problems = new ArrayList<>();
        DefaultReportImpl report = new DefaultReportImpl(file.toString()) {
            @Override
            public void message(Message message, EPUBLocation location, Object... args) {
                problems.add(message.getSeverity() + " " + message.getID() + " " + location + " " + message.getMessage(args));
                super.message(message, location, args);
            }
        };
        new EpubCheck(file.toFile(), report).doValidate();
        System.out.printf("EPUBCheck %s: %d fatal, %d errors, %d warnings%n", EpubCheck.version(),
                report.getFatalErrorCount(), report.getErrorCount(), report.getWarningCount());
        assertEquals(0, report.getFatalErrorCount(), () -> String.join("\n", problems));
        assertEquals(0, report.getErrorCount(), () -> String.join("\n", problems));
        assertEquals(0, report.getWarningCount(), () -> String.join("\n", problems));
    }

    @Test
    void epub4jReadsTitleSpineAndContents() throws IOException {
        io.documentnode.epub4j.domain.Book read = new EpubReader().readEpub(new ByteArrayInputStream(epub));
        assertEquals("Letters Home", read.getTitle());
        List<String> spine = read.getSpine().getSpineReferences().stream().map(SpineReference::getResource)
                .map(r -> r.getHref()).toList();
        assertEquals(List.of("title.xhtml", "nav.xhtml", "part-1.xhtml", "article-talk.xhtml", "article-essay.xhtml"), spine);
        List<TOCReference> toc = read.getTableOfContents().getTocReferences();
        assertEquals(List.of("Voices", "On Rain"), toc.stream().map(TOCReference::getTitle).toList());
        assertEquals("A Talk with 佳士", toc.get(0).getChildren().get(0).getTitle());
        assertEquals("article-talk.xhtml#talk", toc.get(0).getChildren().get(0).getCompleteHref());
    }

    @Test
    void packageIsEpub3WithModifiedNavAndNcx() {
        String opf = text("OEBPS/content.opf");
        assertTrue(opf.contains("version=\"3.0\""), opf);
        assertTrue(opf.contains("unique-identifier=\"book-id\""), opf);
        assertTrue(opf.contains("<dc:identifier id=\"book-id\">urn:uuid:0b8e8f4e-6a4e-4c53-9d6e-2f1f3b7a9c10</dc:identifier>"), opf);
        assertTrue(opf.contains("<meta property=\"dcterms:modified\">" + TestBook.MODIFIED + "</meta>"), opf);
        assertTrue(opf.contains("href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\""), opf);
        assertTrue(opf.contains("href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\""), opf);
        assertTrue(opf.contains("<spine toc=\"ncx\">"), opf);
        assertTrue(opf.contains("media-type=\"font/ttf\""), opf);
        String ncx = text("OEBPS/toc.ncx");
        assertTrue(ncx.contains("<meta name=\"dtb:uid\" content=\"urn:uuid:0b8e8f4e-6a4e-4c53-9d6e-2f1f3b7a9c10\""), ncx);
        String nav = text("OEBPS/nav.xhtml");
        assertTrue(nav.contains("epub:type=\"toc\""), nav);
        for (Article article : TestBook.book().articles()) {
            assertTrue(nav.contains("href=\"article-" + article.meta().id() + ".xhtml#"), nav);
            assertTrue(ncx.contains(article.meta().title()), ncx);
        }
    }

    @Test
    void mimetypeComesFirstAndStored() throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            ZipEntry first = zip.getNextEntry();
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
            assertEquals("application/epub+zip", new String(zip.readAllBytes(), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void sameBookGivesSameBytes() throws IOException {
        byte[] again = EpubWriter.write(TestBook.book(), FontLibrary.scan(TestBook.FONTS), new LinkedHashMap<>(TestBook.CSS));
        assertArrayEquals(epub, again);
    }

    @Test
    void fallbackFontIsCutToTheBooksCharacters() throws IOException {
        byte[] font = entries.get("OEBPS/fonts/DroidSansFallbackFull.ttf");
        assertNotNull(font, entries.keySet().toString());
        assertTrue(font.length < 200_000, "subset is " + font.length + " bytes");
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            assertNotEquals(0, ttf.getUnicodeCmapLookup().getGlyphId('佳'));
            assertEquals(0, ttf.getUnicodeCmapLookup().getGlyphId('雨'), "a character the book does not use");
        }
        String css = text("OEBPS/css/fonts.css");
        assertTrue(css.contains("font-family: \"Droid Sans Fallback\""), css);
        assertTrue(css.contains("url(\"../fonts/NotoSerif-BoldItalic.ttf\")"), css);
    }

    private String text(String name) {
        byte[] data = entries.get(name);
        assertNotNull(data, name + " missing from " + entries.keySet());
        return new String(data, StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> unzip(byte[] zipBytes) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), zip.readAllBytes());
            }
        }
        return files;
    }
}
