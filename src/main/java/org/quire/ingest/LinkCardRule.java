package org.quire.ingest;

import java.util.regex.Pattern;

/**
 * Social feeds end each post with a "… See More / See Less" toggle and then a link card: the linked
 * page's title, its domain and a teaser, sometimes with like/share counters. The toggle is a
 * separator between posts; what follows it up to the next post's title is card, not text. The card's
 * counters are {@link FeedCounterRule}'s.
 */
final class LinkCardRule {
    static final String SEPARATOR = "see-more";
    static final String NAME = "link-card";

    private static final Pattern TOGGLE = Pattern.compile(
            "(?:See\\s*More\\s*See\\s*Less|Ver\\s*más\\s*Ver\\s*menos|Voir\\s*plus\\s*Voir\\s*moins)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private LinkCardRule() {
    }

    static boolean isSeparator(String text) {
        return TOGGLE.matcher(text).find();
    }

    /** "EXAMPLE.ORG": a card prints the linked site's domain in capitals; no text or header does. */
    static boolean isCardDomain(String text) {
        return UrlLineRule.isBareDomain(text) && Words.isAllCaps(text);
    }
}
