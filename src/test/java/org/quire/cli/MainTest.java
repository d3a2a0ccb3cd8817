package org.quire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.markdown.MarkdownReader;
import org.quire.model.Article;

class MainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** What the command said on stderr, which must be one line. */
    private String oneLineError() {
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        return message;
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("build"), out.toString());
        assertTrue(out.toString().contains("import"), out.toString());
    }

    @Test
    void importWritesOneMarkdownFilePerArticle(@TempDir Path dir) throws IOException {
        Path raw = dir.resolve("raw.txt");
        Files.writeString(raw, "A Title Line\n\nby Ada Lovelace\n\nThe first paragraph of the article, long enough to be body text.\n");
        assertEquals(0, run("import", raw.toString(), "--out", dir.resolve("out").toString()), err.toString());
        List<Path> written;
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            written = files.filter(f -> !f.getFileName().toString().equals("ingest-report.md")).toList();
        }
        assertFalse(written.isEmpty());
        String report = Files.readString(dir.resolve("out/ingest-report.md"));
        assertTrue(report.contains("raw.txt"), report);
        for (Path file : written) {
            Article article = MarkdownReader.read(Files.readString(file), file.toString());
            assertTrue(article.meta().title() != null && article.meta().seed().equals("raw.txt"), file.toString());
        }
    }

    @Test
    void importAppliesTheSidecarBesideTheFile(@TempDir Path dir) throws IOException {
        Path raw = dir.resolve("raw.txt");
        Files.writeString(raw, "A Title Line\n\nby Ada Lovelace\n\nThe first paragraph of the article, long enough to be body text.\n");
        Files.writeString(dir.resolve("raw.yaml"), "articles:\n  - at: 1\n    title: The Editor's Title\n    id: editors-title\n");
        assertEquals(0, run("import", raw.toString(), "--out", dir.resolve("out").toString()), err.toString());
        Path written = dir.resolve("out/editors-title.md");
        assertEquals("The Editor’s Title", MarkdownReader.read(Files.readString(written), written.toString()).meta().title());
    }

    @Test
    void aBadSidecarIsOneLineWithItsLineAndExitCodeTwo(@TempDir Path dir) throws IOException {
        Path book = dir.resolve("book");
        Files.createDirectories(book.resolve("seeds"));
        Files.writeString(book.resolve("seeds/story.txt"), "A Title Line\n\nThe first paragraph, long enough to be body text.\n");
        Files.writeString(book.resolve("seeds/story.yaml"), "keep: [2]\nsplit-before: [30]\n");

        assertEquals(2, run("build", "--root", book.toString()));

        String message = oneLineError();
        assertTrue(message.contains("story.yaml:2: line 30 is out of range"), message);
    }

    @Test
    void aMissingFileIsOneLineAndExitCodeTwo(@TempDir Path dir) {
        assertEquals(2, run("import", dir.resolve("nope.txt").toString(), "--out", dir.toString()));
        String message = oneLineError();
        assertTrue(message.contains("nope.txt"), message);
    }

    @Test
    void badInputLeavesThePreviousOutputsIntact(@TempDir Path dir) throws IOException {
        Path book = dir.resolve("book");
        Files.createDirectories(book.resolve("seeds"));
        Files.createDirectories(book.resolve("dist"));
        Files.write(book.resolve("seeds/bad.txt"), new byte[] {'o', 'k', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        Path previous = book.resolve("dist/book.pdf");
        Files.writeString(previous, "previous build");

        assertEquals(2, run("build", "--root", book.toString()));

        String message = oneLineError();
        assertTrue(message.contains("bad.txt:2"), message);
        assertEquals("previous build", Files.readString(previous));
        try (Stream<Path> left = Files.list(book.resolve("dist"))) {
            assertEquals(List.of(previous), left.toList(), "nothing half-written");
        }
    }
}
