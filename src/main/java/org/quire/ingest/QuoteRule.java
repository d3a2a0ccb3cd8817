package org.quire.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A block quote or epigraph: a passage followed by a line that attributes it, "—Name, Work" or
 * "-Name". The attribution is kept apart from the quoted text.
 */
final class QuoteRule {
    static final String NAME = "quote";

    private static final Pattern ATTRIBUTION = Pattern.compile("^\\s*[—–―-]\\s*(\\p{Lu}.{1,100})$");
    private static final int ATTRIBUTION_WORDS = 12;

    private QuoteRule() {
    }

    /** The attributed name and work, or null when the line is no attribution. */
    static String attribution(String text) {
        Matcher m = ATTRIBUTION.matcher(text.strip());
        if (!m.matches() || Words.count(text) > ATTRIBUTION_WORDS || Words.endsWithStop(m.group(1))) {
            return null;
        }
        return m.group(1).strip();
    }
}
