package org.quire.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ingest report as Markdown ({@code dist/ingest-report.md}): per seed, its articles and every dropped line. */
public final class IngestReport {
    private IngestReport() {
    }

    public static String markdown(List<SeedReport> reports) {
        StringBuilder out = new StringBuilder("# Ingest report\n\n");
        out.append("| seed | non-blank lines | kept | dropped | articles | accounted |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | --- |\n");
        for (SeedReport r : reports) {
            out.append("| ").append(r.seed()).append(" | ").append(r.nonBlankLines()).append(" | ")
                    .append(r.linesKept()).append(" | ").append(r.dropped().size()).append(" | ")
                    .append(r.articles().size()).append(" | ").append(r.accountsForEveryLine() ? "yes" : "**NO**")
                    .append(" |\n");
        }
        for (SeedReport r : reports) {
            seed(out, r);
        }
        return out.toString();
    }

    private static void seed(StringBuilder out, SeedReport r) {
        out.append("\n## ").append(r.seed()).append("\n\n");
        out.append(r.nonBlankLines()).append(" non-blank lines: ").append(r.linesKept()).append(" kept in ")
                .append(r.articles().size()).append(" articles, ").append(r.dropped().size()).append(" dropped.\n\n");
        out.append("### Articles\n\n| id | title | authors | date | lang | lines | used |\n");
        out.append("| --- | --- | --- | --- | --- | --- | ---: |\n");
        for (ArticleEntry a : r.articles()) {
            out.append("| ").append(a.id()).append(" | ").append(cell(a.title()))
                    .append(a.workingTitle() ? " *(working title)*" : "")
                    .append(a.translationOf() == null ? "" : " *(translation of " + a.translationOf() + ")*")
                    .append(" | ").append(cell(String.join("; ", a.authors()))).append(" | ")
                    .append(a.date() == null ? "" : a.date()).append(" | ").append(a.lang()).append(" | ")
                    .append(a.firstLine()).append("–").append(a.lastLine()).append(" | ").append(a.linesUsed())
                    .append(" |\n");
        }
        if (r.sidecar() != null) {
            out.append("\n### Sidecar ").append(r.sidecar()).append("\n\n");
            r.sidecarNotes().forEach(note -> out.append("- ").append(note).append('\n'));
        }
        if (!r.personalData().isEmpty()) {
            out.append("\n### Personal data to check before printing\n\n| line | kind | found |\n| ---: | --- | --- |\n");
            for (PersonalData p : r.personalData()) {
                out.append("| ").append(p.line()).append(" | ").append(p.kind()).append(" | ").append(cell(p.found()))
                        .append(" |\n");
            }
        }
        out.append("\n### Dropped lines\n\n");
        Map<String, Integer> byRule = new LinkedHashMap<>();
        r.dropped().forEach(d -> byRule.merge(d.rule(), 1, Integer::sum));
        byRule.forEach((rule, n) -> out.append("- ").append(rule).append(": ").append(n).append('\n'));
        out.append("\n| line | rule | why | text |\n| ---: | --- | --- | --- |\n");
        for (DroppedLine d : r.dropped()) {
            out.append("| ").append(d.line()).append(" | ").append(d.rule()).append(" | ").append(cell(d.why()))
                    .append(" | ").append(cell(abbreviate(d.text()))).append(" |\n");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 100 ? text : text.substring(0, 99) + "…";
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
