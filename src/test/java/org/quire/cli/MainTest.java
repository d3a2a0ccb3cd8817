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
            written = files.toList();
        }
        assertFalse(written.isEmpty());
        for (Path file : written) {
            Article article = MarkdownReader.read(Files.readString(file), file.toString());
            assertTrue(article.meta().title() != null && article.meta().seed().equals("raw.txt"), file.toString());
        }
    }

    @Test
    void aMissingFileIsOneLineAndExitCodeTwo(@TempDir Path dir) {
        assertEquals(2, run("import", dir.resolve("nope.txt").toString(), "--out", dir.toString()));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
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

        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("bad.txt:2"), message);
        assertEquals("previous build", Files.readString(previous));
        try (Stream<Path> left = Files.list(book.resolve("dist"))) {
            assertEquals(List.of(previous), left.toList(), "nothing half-written");
        }
    }
}
