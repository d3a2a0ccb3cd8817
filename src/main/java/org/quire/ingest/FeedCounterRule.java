package org.quire.ingest;

import java.util.regex.Pattern;

/**
 * The numbers a feed or blog prints around a post: "12 · 3 comments · 5 shares", "1.4K Followers",
 * "4 min read", "2d • Edited". A line made only of such counters is the page's, not the text's (a card's labelled
 * counter, "- Likes: 7", is {@link LinkCardRule}'s). A number alone on its line is left be: it may number
 * a section; "1.9K" is a count.
 */
final class FeedCounterRule {
    static final String NAME = "feed-counter";

    private static final String UNIT = "(?:likes?|comments?|shares?|views?|reactions?|followers?|following|claps?"
            + "|responses?|replies|retweets?|reposts?|me gusta|comentarios?|compartidos|veces compartido"
            + "|reproducciones|vistas|seguidores|respuestas|votes|votos)";
    private static final String NUMBER = "\\d[\\d.,]*\\s*[KkMm]?";
    /** "2d • Edited •", "3h ·": how long ago the post went up, as feeds print it instead of a date. */
    private static final Pattern POST_AGE = Pattern.compile(
            "(?iu)^\\d{1,2}\\s?(?:s|m|min|h|d|w|mo|y)\\b(?:\\s*[•·]\\s*(?:edited|editado)?)*[\\s•·\\p{So}]*$");
    /** "3 comments", "1.4K Followers", a bare count beside them; items apart by "·", "|", "," or spaces. */
    private static final Pattern COUNTERS = Pattern.compile(
            "(?iu)^(?:" + NUMBER + "(?:\\s+" + UNIT + ")?)(?:\\s*[·|,]?\\s+" + NUMBER + "(?:\\s+" + UNIT + ")?)*$");
    private static final Pattern READING_TIME = Pattern.compile(
            "(?iu)^(?:\\d+\\s*min(?:ute)?s?\\s+read|\\d+\\s*min(?:utos)?\\s+de\\s+lectura"
                    + "|(?:tiempo de )?lectura(?: de)?:?\\s*\\d+\\s*min(?:utos)?|reading time:?\\s*\\d+\\s*min(?:ute)?s?)$");
    /** "1.9K", "3M": a count cut short with its thousands' letter, which no section number has. */
    private static final Pattern ABBREVIATED_COUNT = Pattern.compile("^\\d{1,3}(?:[.,]\\d)?[KkMm]$");
    private static final Pattern ANY_UNIT = Pattern.compile("(?iu)\\d\\s*[KkMm]?\\s+" + UNIT);

    private FeedCounterRule() {
    }

    static boolean isCounterLine(String text) {
        String t = text.strip();
        if (READING_TIME.matcher(t).matches() || POST_AGE.matcher(t).matches()) {
            return true;
        }
        return COUNTERS.matcher(t).matches() && (ANY_UNIT.matcher(t).find() || ABBREVIATED_COUNT.matcher(t).matches());
    }
}
