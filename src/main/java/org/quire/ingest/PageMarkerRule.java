package org.quire.ingest;

import java.util.regex.Pattern;

/**
 * Page furniture of printed matter turned into text: page markers ("=== page 4 ===", "- 12 -") and
 * running heads, the date, paper and page number spread across the line with wide gaps
 * ("APRIL 1986      THE PAPER      PAGE 4"), and a page's place in a run of pages ("Topic 4 of 7").
 */
final class PageMarkerRule {
    static final String NAME = "page-marker";

    private static final Pattern MARKER = Pattern.compile(
            "(?iu)^[=\\-–—*#\\[(\\s]*(?:page|p[áa]gina|p[áa]g\\.?|p\\.)\\s*\\d{1,4}[=\\-–—*#\\])\\s]*$"
                    + "|^[\\-–—]\\s*\\d{1,4}\\s*[\\-–—]$");
    /**
     * "Topic 4 of 7", "Tema 6 de 7", "The Site · Part Two — page 2 of 3": where the reader is in a
     * run of pages or topics, alone or after the site's name and a separator.
     */
    private static final Pattern POSITION = Pattern.compile(
            "(?iu)(?:^|[·|•—–\\-]\\s*)(?:page|p[áa]gina|seite|topic|tema|part|parte|step|paso|slide|item|art[íi]culo"
                    + "|article)\\s+\\d{1,3}\\s+(?:of|de|von|/)\\s+\\d{1,3}$");
    private static final int POSITION_WORDS = 12;
    private static final Pattern COLUMNS = Pattern.compile("\\s{3,}");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?iu)^(?:page|p[áa]gina|p[áa]g\\.?)?\\s*\\d{1,4}$");
    private static final int HEAD_WORDS = 12;

    private PageMarkerRule() {
    }

    static boolean matches(String text) {
        String t = text.strip();
        return MARKER.matcher(t).matches() || isRunningHead(t)
                || Words.count(t) <= POSITION_WORDS && POSITION.matcher(t).find();
    }

    private static boolean isRunningHead(String t) {
        String[] parts = COLUMNS.split(t);
        if (parts.length < 2 || Words.count(t) > HEAD_WORDS) {
            return false;
        }
        return PAGE_NUMBER.matcher(parts[0]).matches() || PAGE_NUMBER.matcher(parts[parts.length - 1]).matches();
    }
}
