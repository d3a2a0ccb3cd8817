package org.quire.ingest;

import java.util.regex.Pattern;

/**
 * A news site's button to follow a topic, printed inside an article: "Follow The Harbour Strike" with
 * the site's "Follow" button on the line under it. It names a topic after the verb, in capitals,
 * and ends with no punctuation; a heading such as "Follow The Money", with text under it, stays.
 */
final class FollowPromoRule {
    static final String NAME = "follow-promo";
    private static final Pattern FOLLOW_TOPIC = Pattern.compile("^(?:Follow|Seguir a|Sigue a|Suivre)\\s+[\\p{Lu}\\d]");
    private static final int PROMO_WORDS = 8;

    private FollowPromoRule() {
    }

    /** @param next the line under it, or null */
    static boolean matches(String text, String next) {
        String t = text.strip();
        return next != null && HeaderSignal.isFollowButton(next) && FOLLOW_TOPIC.matcher(t).find()
                && Words.count(t) <= PROMO_WORDS && !Words.endsWithStop(t) && !t.endsWith("!") && !t.endsWith("?");
    }
}
