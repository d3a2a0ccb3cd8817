package org.quire.ingest.accuracy;

import java.util.List;
import java.util.Map;

/** Renders scores as Markdown: a table per set (files and overall), the bar, then every disagreement. */
final class AccuracyReport {
    private AccuracyReport() {
    }

    /** A set of gold files, scored, with the bar it is held to. */
    record ScoredSet(Thresholds bar, List<FileScore> files) {
        Counts overall() {
            return files.stream().map(FileScore::counts).reduce(Counts.ZERO, Counts::plus);
        }
    }

    static String markdown(List<ScoredSet> sets) {
        StringBuilder out = new StringBuilder("# Ingest accuracy against gold labelling\n\n");
        out.append("Titles over all gold articles; authors and dates over gold articles that state them; body F1 is ")
                .append("word-level (bag of words), micro-averaged. Overall rows add up the counts of the files.\n");
        for (ScoredSet s : sets) {
            table(out, s);
        }
        for (ScoredSet s : sets) {
            for (FileScore f : s.files()) {
                disagreements(out, f);
            }
        }
        return out.toString();
    }

    private static void table(StringBuilder out, ScoredSet s) {
        out.append("\n## ").append(s.bar().set()).append(" (").append(s.files().size()).append(" files)\n\n");
        if (s.files().isEmpty()) {
            out.append("No gold files.\n");
            return;
        }
        out.append("| file | gold | ingest | matched | titles | authors | dates | P | R | F1 | residue |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (FileScore f : s.files()) {
            row(out, f.file().name(), f.counts());
        }
        row(out, "**overall**", s.overall());
        List<String> shortfalls = s.bar().shortfalls(s.overall());
        out.append("\nBar (").append(s.bar()).append("): ")
                .append(shortfalls.isEmpty() ? "met.\n" : "NOT met: " + String.join("; ", shortfalls) + ".\n");
    }

    private static void row(StringBuilder out, String name, Counts c) {
        out.append("| ").append(name).append(" | ").append(c.goldArticles()).append(" | ").append(c.ingestArticles())
                .append(" | ").append(c.matched()).append(" | ").append(share(c.titlesRight(), c.titles()))
                .append(" | ").append(share(c.authorsRight(), c.authors())).append(" | ")
                .append(share(c.datesRight(), c.dates())).append(" | ").append(String.format("%.3f", c.precision()))
                .append(" | ").append(String.format("%.3f", c.recall())).append(" | ")
                .append(String.format("%.3f", c.f1())).append(" | ").append(c.residue()).append(" |\n");
    }

    private static String share(int right, int total) {
        return total == 0 ? "–" : String.format("%d/%d (%.0f%%)", right, total, 100.0 * right / total);
    }

    private static void disagreements(StringBuilder out, FileScore f) {
        out.append("\n## Disagreements: ").append(f.file().name()).append("\n");
        if (f.findings().isEmpty()) {
            out.append("\nNone.\n");
            return;
        }
        for (Map.Entry<String, List<String>> kind : f.findings().all().entrySet()) {
            if (kind.getValue().isEmpty()) {
                continue;
            }
            out.append("\n### ").append(kind.getKey()).append("\n\n");
            kind.getValue().forEach(finding -> out.append("- ").append(finding).append('\n'));
        }
    }
}
