package org.quire.ingest;

import java.util.List;

/**
 * One article in a seed's report.
 *
 * @param workingTitle true when the text had no title and ingest made one up for the editor to replace
 * @param firstLine    first input line kept in the article (1-based)
 * @param lastLine     last input line kept in the article
 * @param linesUsed    non-blank input lines kept in the article (metadata or blocks)
 */
public record ArticleEntry(
        String id,
        String title,
        boolean workingTitle,
        List<String> authors,
        String date,
        String lang,
        String translationOf,
        int firstLine,
        int lastLine,
        int linesUsed) {

    public ArticleEntry {
        authors = List.copyOf(authors);
    }
}
