package org.quire.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules must be general: no seed or fixture file name, and no run of words from a seed or a fixture,
 * may appear in the code or its resources. Seven words in a row is a sentence, not a web phrase.
 */
class NoSeedTextInCodeTest {
    private static final int SHINGLE_WORDS = 7;
    private static final List<Path> TEXTS = List.of(Path.of("seeds"), Path.of("src/test/resources/ingest"));

    @Test
    void noSeedFileNameOrSentenceIsInSrcMain() throws IOException {
        String code = normalise(mainSources());
        List<String> found = new ArrayList<>();
        for (Path text : rawTexts()) {
            String stem = text.getFileName().toString().replaceFirst("\\.txt$", "");
            // A plain word ("feed") names a fixture of ours, not a seed; seed names carry digits or dashes.
            if (stem.matches(".*[\\d_-].*") && code.contains(normalise(stem))) {
                found.add(text + ": its file name");
            }
            for (String shingle : shingles(normalise(Files.readString(text, StandardCharsets.UTF_8)))) {
                if (code.contains(shingle)) {
                    found.add(text + ": \"" + shingle + "\"");
                }
            }
        }
        assertTrue(found.isEmpty(), "seed text in src/main: " + found);
    }

    private static List<Path> rawTexts() throws IOException {
        List<Path> texts = new ArrayList<>();
        for (Path dir : TEXTS) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(texts::add);
            }
        }
        assertTrue(texts.size() >= 5, "the seeds are found");
        return texts;
    }

    private static String mainSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    private static Set<String> shingles(String text) {
        String[] words = text.split(" ");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + SHINGLE_WORDS <= words.length; i++) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + SHINGLE_WORDS)));
        }
        return out;
    }

    /** Lower case, letters and digits only, single spaces: quotes, dashes and wrapping don't hide a copy. */
    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
