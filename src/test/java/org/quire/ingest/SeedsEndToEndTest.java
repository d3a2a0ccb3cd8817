package org.quire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quire.build.Sources;

/**
 * End to end on the real seeds, with the editor's sidecars: every non-blank line is kept in an article or
 * dropped by a named rule.
 */
class SeedsEndToEndTest {
    private static final Path SEEDS = Path.of("seeds");

    static List<Path> seedFiles() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static List<SeedReport> reports() throws IOException {
        List<SeedReport> reports = new ArrayList<>();
        for (Path file : seedFiles()) {
            reports.add(Sources.ingest(file).report());
        }
        return reports;
    }

    @Test
    void everyNonBlankLineIsKeptOrDroppedWithARule() throws IOException {
        List<Path> files = seedFiles();
        assertFalse(files.isEmpty(), "no seeds found under " + SEEDS.toAbsolutePath());
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            SeedReport report = Sources.ingest(file).report();
            long nonBlank = text.lines().filter(l -> !l.isBlank()).count();
            assertEquals(nonBlank, report.nonBlankLines(), file + ": non-blank count");
            assertEquals(report.nonBlankLines(), report.linesKept() + report.dropped().size(),
                    file + ": kept + dropped must equal non-blank lines");
            assertTrue(report.dropped().stream().allMatch(d -> !d.rule().isBlank() && !d.why().isBlank()),
                    file + ": every dropped line names its rule and reason");
            assertFalse(report.articles().isEmpty(), file + ": at least one article");
        }
    }

    @Test
    void writesTheReportForEditors() throws IOException {
        String markdown = IngestReport.markdown(reports());
        Path out = Path.of("target", "ingest-report.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, markdown, StandardCharsets.UTF_8);
        assertTrue(markdown.contains("# Ingest report"));
        assertFalse(markdown.contains("**NO**"), "a seed's lines do not add up");
    }
}
