package org.quire.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short lines a page prints more than once: a feed's name over each of its items ("Example Blog", and
 * "Example Blog (12)" in the list of feeds), a newsroom's "Press Release" over each release. Such a line
 * labels the title under it; an article's own title is printed once (its repeats in a link card or a
 * table of contents are the title itself, and those have no label above them). The page's table of
 * contents, lines ending in a page number after a wide gap or dot leaders, lists titles.
 */
final class PageLabels {
    /** Labels are a few words; a title repeated in a card runs longer. */
    static final int LABEL_WORDS = 4;

    /** "Quebec votes in September   12", "Preface ........ iii": an entry of a table of contents. */
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("^(\\S.{3,160}?)(?: {2,}|\\s*\\.{4,}\\s*)(?:\\d{1,4}|[ivxlc]{1,6})$");

    private final Map<String, Integer> counts = new HashMap<>();
    private final Set<String> listed = new HashSet<>();

    private PageLabels(List<Piece> pieces) {
        for (Piece p : pieces) {
            if (Words.count(p.text) <= LABEL_WORDS + 1) {
                counts.merge(key(p.text), 1, Integer::sum);
            }
            for (String line : p.text.split("\n")) {
                Matcher entry = CONTENTS_ENTRY.matcher(line.strip());
                if (entry.matches()) {
                    listed.add(key(entry.group(1)));
                }
            }
        }
    }

    /** The line is a title the page's table of contents lists. */
    boolean isListed(String text) {
        return listed.contains(key(text));
    }

    /** Counts every chunk of the page, dropped or kept: a menu dropped already still names the feeds. */
    static PageLabels of(List<Piece> pieces) {
        return new PageLabels(pieces);
    }

    boolean isLabel(String text) {
        return Words.count(text) <= LABEL_WORDS && counts.getOrDefault(key(text), 0) >= 2;
    }

    /** Lower case, without punctuation and without the count a menu adds ("Example Blog (12)"). */
    private static String key(String text) {
        return Words.normalized(text).replaceAll("(?: \\d+)+$", "").strip();
    }
}
