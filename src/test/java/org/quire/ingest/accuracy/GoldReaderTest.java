package org.quire.ingest.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gold files are read as written, and a slip in the labelling is refused rather than scored. */
class GoldReaderTest {
    @TempDir
    Path dir;

    private Path write(String gold) throws IOException {
        Files.writeString(dir.resolve("page.txt"), "Title\n\nBody one.\n\nBody two.\nCaption here\n");
        Path file = dir.resolve("page.gold.yaml");
        Files.writeString(file, gold);
        return file;
    }

    @Test
    void readsDatesAsIsoStringsAndFindsTheRawFileBesideTheGold() throws IOException {
        GoldFile g = GoldReader.read(write("""
                seed: page.txt
                articles:
                  - title: "Title"
                    authors: [Ann Lee]
                    date: 2018-11-15
                    lang: en
                    body: [[3, 5]]
                    noise: [6]
                  - title: null
                    authors: []
                    date: null
                    lang: en
                    body: [[6, 6]]
                """.replace("noise: [6]", "noise: []")), Path.of("nowhere"));
        assertEquals("2018-11-15", g.articles().get(0).date());
        assertEquals(List.of("Ann Lee"), g.articles().get(0).authors());
        assertNull(g.articles().get(1).title());
        assertEquals(List.of(3, 5), g.bodyLines(g.articles().get(0)));
        assertEquals(List.of(dir.resolve("page.gold.yaml")), GoldReader.goldFiles(dir));
    }

    @Test
    void refusesALineClaimedAsBodyTwice() throws IOException {
        Path file = write("""
                seed: page.txt
                articles:
                  - {title: A, authors: [], date: null, lang: en, body: [[3, 5]]}
                  - {title: B, authors: [], date: null, lang: en, body: [[5, 6]]}
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldReader.read(file, dir));
        assertTrue(e.getMessage().contains("line 5 is body of two articles"), e.getMessage());
    }

    @Test
    void refusesARangePastTheEndAndANoiseLineThatIsBody() throws IOException {
        Path pastEnd = write("seed: page.txt\narticles:\n  - {title: A, authors: [], body: [[3, 60]]}\n");
        assertThrows(IllegalArgumentException.class, () -> GoldReader.read(pastEnd, dir));
        Path noiseIsBody = write("seed: page.txt\narticles:\n  - {title: A, authors: [], body: [[3, 5]], noise: [4]}\n");
        assertThrows(IllegalArgumentException.class, () -> GoldReader.read(noiseIsBody, dir));
    }
}
