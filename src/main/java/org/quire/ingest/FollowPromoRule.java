package org.quire.ingest;

import java.util.regex.Pattern;

/**
 * A news site's button to follow a topic, printed inside an article: "Follow Trump's first 100 Days",
 * "Seguir a Economía". It names a topic after the verb, in capitals, and ends with no punctuation;
 * "Follow the money" as a heading starts in lower case after the verb and stays.
 */
final class FollowPromoRule {
    static final String NAME = "follow-promo";
    private static final Pattern FOLLOW_TOPIC = Pattern.compile("^(?:Follow|Seguir a|Sigue a|Suivre)\\s+[\\p{Lu}\\d]");
    private static final int PROMO_WORDS = 8;

    private FollowPromoRule() {
    }

    static boolean matches(String text) {
        String t = text.strip();
        return FOLLOW_TOPIC.matcher(t).find() && Words.count(t) <= PROMO_WORDS && !Words.endsWithStop(t)
                && !t.endsWith("!") && !t.endsWith("?");
    }
}
