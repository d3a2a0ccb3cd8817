package org.quire.ingest;

import java.util.List;

/**
 * How one seed's lines were used: every non-blank input line is either kept in one article or dropped
 * by a named rule, so {@code linesKept() + dropped().size() == nonBlankLines()}.
 *
 * @param sidecar      the sidecar's path, or null when the seed has none
 * @param sidecarNotes what the sidecar did, one sentence each
 */
public record SeedReport(
        String seed,
        int nonBlankLines,
        List<ArticleEntry> articles,
        List<DroppedLine> dropped,
        List<PersonalData> personalData,
        String sidecar,
        List<String> sidecarNotes) {

    public SeedReport {
        articles = List.copyOf(articles);
        sidecarNotes = List.copyOf(sidecarNotes);
        dropped = List.copyOf(dropped);
        personalData = List.copyOf(personalData);
    }

    public int linesKept() {
        return articles.stream().mapToInt(ArticleEntry::linesUsed).sum();
    }

    /** True when kept and dropped lines add up to the non-blank lines of the input. */
    public boolean accountsForEveryLine() {
        return linesKept() + dropped.size() == nonBlankLines;
    }
}
