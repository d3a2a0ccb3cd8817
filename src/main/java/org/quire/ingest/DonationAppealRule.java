package org.quire.ingest;

import java.util.regex.Pattern;

/**
 * A site's fundraising box: "DONATE NOW …", "Your donations contribute to:", and the widget's counters
 * ("Goal: $5,000", "Raised: $4,120", "$3,000 by June 1:", "As of"). An article that itself asks for
 * money for someone keeps its sentences; only these short lines go.
 */
final class DonationAppealRule {
    static final String NAME = "donation-appeal";

    private static final Pattern COUNTER = Pattern.compile(
            "(?i)^(?:(?:goal|raised|donors|meta|recaudado|objetivo|donantes)\\s*:\\s*[$€£]?\\s*\\d[\\d.,]*"
                    + "|[$€£]\\s?\\d[\\d.,]*\\s+(?:by|for|de|para|hasta)\\b.{0,30}"
                    + "|as of|al día)\\s*:?\\s*$");
    private static final Pattern CALL = Pattern.compile(
            "^(?:DONATE|DONAR|DONA|Donate now|Dona ahora|Your donations|Tus donaciones|Sus donaciones)\\b");
    private static final int CALL_WORDS = 12;

    private DonationAppealRule() {
    }

    static boolean matches(String text) {
        String t = text.strip();
        return COUNTER.matcher(t).matches() || (CALL.matcher(t).find() && Words.count(t) <= CALL_WORDS);
    }
}
