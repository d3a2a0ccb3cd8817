package org.quire.ingest;

import java.util.regex.Pattern;

/**
 * Social feeds end each post with a "… See More / See Less" toggle and then a link card: the linked
 * page's title, its domain and a teaser, sometimes with like/share counters. The toggle is a
 * separator between posts; what follows it up to the next post's title is card, not text.
 */
final class LinkCardRule {
    static final String SEPARATOR = "see-more";
    static final String NAME = "link-card";

    private static final Pattern TOGGLE = Pattern.compile(
            "(?:See\\s*More\\s*See\\s*Less|Ver\\s*más\\s*Ver\\s*menos|Voir\\s*plus\\s*Voir\\s*moins"
                    + "|^…\\s*(?:See\\s*More|Ver\\s*más|Voir\\s*plus))\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNTER = Pattern.compile(
            "(?:^|[\\s\\-–.])(?:Likes?|Shares?|Comments?|Reactions?|Views?|Me gusta|Compartidos|Comentarios)"
                    + "\\s*:\\s*\\d[\\d.,]*[KkMm]?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private LinkCardRule() {
    }

    static boolean isSeparator(String text) {
        return TOGGLE.matcher(text).find();
    }

    /** "- Likes: 7", "Shares: 12", or a teaser ending in one: counters that a feed prints under a card. */
    static boolean endsWithCounter(String text) {
        return COUNTER.matcher(text).find();
    }
}
