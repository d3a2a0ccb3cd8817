package org.quire.ingest;

import java.util.List;
import java.util.regex.Matcher;
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
            + "|reproducciones|vistas|seguidores|respuestas|votes|votos|posts|tweets|toots|publicaciones"
            + "|boosts?|favou?rites?|favs?|impulsos?|favoritos?)";
    private static final String NUMBER = "\\d[\\d.,]*\\s*[KkMm]?";
    /** "💬 4 comentarios", "👍❤️ 45": an icon may stand before a count. */
    private static final String ICON = "(?:[\\p{So}\\x{FE0F}\\x{200D}]+\\s*)?";
    /** "2d • Edited •", "3h ·": how long ago the post went up, as feeds print it instead of a date. */
    private static final Pattern POST_AGE = Pattern.compile(
            "(?iu)^(?:\\d{1,2}\\s?(?:s|m|min|h|d|w|mo|y)\\b|hace\\s+(?:\\d{1,2}|un|una)\\s+(?:segundos?|minutos?|horas?|días?|dias?"
                    + "|semanas?|mes|meses|años?)|(?:\\d{1,2}|an?)\\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\\s+ago)"
                    + "(?:\\s*[•·]\\s*(?:edited|editado)?)*[\\s•·\\p{So}]*$");
    /** "3 comments", "1.4K Followers", a bare count beside them; items apart by "·", "|", "," or spaces. */
    private static final Pattern COUNTERS = Pattern.compile(
            "(?iu)^(?:" + ICON + NUMBER + "(?:\\s+" + UNIT + ")?)(?:\\s*[·|,]?\\s+" + ICON + NUMBER + "(?:\\s+" + UNIT + ")?)*:?$");
    /** "No comments:", "Sin comentarios": a count of none, as a blog prints it under a post. */
    private static final Pattern NONE_COUNTED = Pattern.compile("(?iu)^(?:no|no hay|sin|0)\\s+" + UNIT + ":?$");
    private static final Pattern READING_TIME = Pattern.compile(
            "(?iu)^(?:\\d+\\s*min(?:ute)?s?\\s+read|\\d+\\s*min(?:utos)?\\s+de\\s+lectura"
                    + "|(?:tiempo de )?lectura(?: de)?:?\\s*\\d+\\s*min(?:utos)?|reading time:?\\s*\\d+\\s*min(?:ute)?s?)$");
    /** "1.9K", "3M": a count cut short with its thousands' letter, which no section number has. */
    private static final Pattern BARE_COUNT = Pattern.compile("(?iu)^\\d{1,3}(?:[.,]\\d{3})*(?:[.,]\\d)?\\s*(?:mil|k|m|mill\\.?)?$");
    private static final int MIN_BARE_COUNTS = 3;
    private static final Pattern ABBREVIATED_COUNT = Pattern.compile("^\\d{1,3}(?:[.,]\\d)?[KkMm]$");
    /** "1 3 9 987": a post's replies, reposts, likes and views on one line, each number without its label. */
    private static final Pattern COUNT_ROW = Pattern.compile("^\\d[\\d.,]*(?:\\s+\\d[\\d.,]*){2,}$");
    private static final Pattern ANY_UNIT = Pattern.compile("(?iu)\\d\\s*[KkMm]?\\s+" + UNIT);

    private FeedCounterRule() {
    }

    /**
     * "🧵 1/7", "(2/7)", "7/7 · #Tag #Other", "🧵 HILO 1/5", "5/5 🔚": a post's place in its thread, perhaps with
     * the thread's tags or an icon marking its end.
     */
    private static final Pattern THREAD_MARK = Pattern.compile("^(?:🧵\\s*)?(?:(?i:hilo|thread)\\s*)?\\(?(\\d{1,2})\\s*/\\s*(\\d{1,2})\\)?"
            + "(?:\\s*[·|]?\\s*(?:#[\\p{L}\\p{N}_]+\\s*)+)?(?:\\s*[\\p{So}\\x{FE0F}]+)?$");

    /** The post's number in its thread ("2/7" → 2), or 0 when the line is no such mark. */
    static int threadPost(String text) {
        var m = THREAD_MARK.matcher(text.strip());
        return m.matches() ? placeInThread(m) : 0;
    }

    /** "2/4 The first thing to know is …": the post's place in its thread, opening its first paragraph. */
    private static final Pattern LEADING_THREAD_MARK = Pattern.compile("^(?:🧵\\s*)?\\(?(\\d{1,2})\\s*/\\s*(\\d{1,2})\\)?\\s+\\S");

    /** The post's number in its thread when the mark opens the text ("2/4 Lo primero …" → 2), else 0. */
    static int leadingThreadPost(String text) {
        var m = LEADING_THREAD_MARK.matcher(text.strip());
        return m.find() ? placeInThread(m) : 0;
    }

    /** "n/of" read from the mark's two groups: 0 unless 1 ≤ n ≤ of and the thread has two posts or more. */
    private static int placeInThread(Matcher m) {
        int n = Integer.parseInt(m.group(1));
        int of = Integer.parseInt(m.group(2));
        return n >= 1 && n <= of && of >= 2 ? n : 0;
    }

    /** The piece was dropped as a feed's counter (or a post's age). */
    static boolean dropped(Piece p) {
        return p.isDropped() && NAME.equals(p.drop.rule());
    }

    /** "2d •", "hace 3 días · 🌎", "5 hours ago": how long ago the post went up, as a feed heads it. */
    static boolean isPostAge(String text) {
        return POST_AGE.matcher(text.strip()).matches();
    }

    /**
     * "3", "14", "52", "2,8 mil": a post's replies, reposts, likes and views, each number alone on its line
     * with no label, three or more close together (an empty count leaves a blank line).
     */
    static void dropCountRuns(List<Piece> pieces) {
        int i = 0;
        while (i < pieces.size()) {
            int end = i;
            while (end < pieces.size() && isBareCount(pieces.get(end)) && (end == i || pieces.get(end).chunk.blanksBefore() <= 1)) {
                end++;
            }
            if (end - i >= MIN_BARE_COUNTS) {
                for (int k = i; k < end; k++) {
                    pieces.get(k).drop(NAME, "a post's counters: replies, reposts, likes, views");
                }
            }
            i = Math.max(end, i + 1);
        }
    }

    private static boolean isBareCount(Piece p) {
        return !p.isDropped() && BARE_COUNT.matcher(p.text.strip()).matches();
    }

    static boolean isCounterLine(String text) {
        String t = text.strip();
        if (READING_TIME.matcher(t).matches() || POST_AGE.matcher(t).matches() || threadPost(t) > 0
                || NONE_COUNTED.matcher(t).matches() || COUNT_ROW.matcher(t).matches()) {
            return true;
        }
        return COUNTERS.matcher(t).matches() && (ANY_UNIT.matcher(t).find() || ABBREVIATED_COUNT.matcher(t).matches());
    }
}
