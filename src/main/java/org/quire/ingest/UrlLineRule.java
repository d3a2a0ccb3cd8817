package org.quire.ingest;

import java.util.regex.Pattern;

/**
 * A line that is only a web address: a link card's domain ("example.org") or an article's own address
 * ("example.org/2025/03/some-title/"). The first kind marks a card; the second, under a title, is the
 * article's source.
 */
final class UrlLineRule {
    private static final Pattern URL = Pattern.compile(
            "^(?:https?://)?(?:www\\.)?[\\p{L}0-9][\\p{L}0-9\\-]*(?:\\.[\\p{L}0-9\\-]+)*\\.[a-z]{2,}"
                    + "(?<path>/\\S*)?$",
            Pattern.CASE_INSENSITIVE);

    private UrlLineRule() {
    }

    static boolean isUrl(String text) {
        return URL.matcher(strip(text)).matches();
    }

    /** A bare domain, no path: what a link card shows under its title. */
    static boolean isBareDomain(String text) {
        var m = URL.matcher(strip(text));
        return m.matches() && (m.group("path") == null || m.group("path").equals("/"));
    }

    private static String strip(String text) {
        return text.strip().replaceAll("[…]+$", "");
    }

    /** "EXAMPLE.ORG": a link card prints the linked site's domain in capitals; no text or header does. */
    static boolean isShoutedDomain(String text) {
        return isBareDomain(text) && Words.isAllCaps(text);
    }
}
