package org.quire.ingest;

import java.util.regex.Pattern;

/**
 * What a title or heading looks like in scraped text: a short line that starts with a capital (or a
 * digit, an opening quote or a hashtag's #), does not end a sentence with a full stop (an initialism's is
 * fine), comma, colon or semicolon, and does not spread its words in columns.
 */
final class TitleRule {
    static final int MAX_WORDS = 20;
    private static final int MAX_LENGTH = 160;
    static final int HEADLINE_WORDS = 30;
    private static final int HEADLINE_LENGTH = 220;
    /** Opens with a capital or digit, perhaps after an opening quote, a hashtag's # or an icon ("📢 Strike Ends"). */
    private static final Pattern STARTS_CAPITAL = Pattern.compile("^(?:\\p{So}+\\s*)?[\"“‘'¡¿(\\[#]?[\\p{Lu}\\p{N}]");
    private static final Pattern STARTS_WITH_ICON = Pattern.compile("^\\p{So}");
    private static final Pattern ENDS_WITH_ICON = Pattern.compile("\\p{So}[\\uFE0F\\s]*$");

    static boolean startsWithIcon(String text) {
        return STARTS_WITH_ICON.matcher(text.strip()).find();
    }

    /** The line without the icons and spaces it opens with. */
    static String withoutIcon(String text) {
        return text.strip().replaceFirst("^[\\p{So}\\x{FE0F}\\x{200D}\\s]+", "");
    }

    /**
     * "📌 From the archive": a few words after an icon, a feed's label for the post. A title set between two
     * icons ("☢️ Radioactive ☢️") is decorated, not labelled.
     */
    static boolean isIconLabel(String text) {
        String t = text.strip();
        return STARTS_WITH_ICON.matcher(t).find() && Words.count(t) <= KICKER_WORDS && !ENDS_WITH_ICON.matcher(t).find();
    }
    private static final Pattern LIST_MARK = Pattern.compile("^(?:[*•]|\\d{1,2}\\))\\s*");

    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,2}[.)]\\s+\\S");
    /** "U.S.A." closing a title: the full stop is the initialism's, not a sentence's. */
    private static final Pattern INITIALISM_AT_END = Pattern.compile("(?:^|\\s)(?:\\p{Lu}\\.){2,}$");
    /**
     * "So here I am, back at the docks. Now, you kids get off my crane!": a sentence ends with a full stop inside the line
     * and another ends the line, so it is prose; a headline rarely runs on past a full stop ("Dr. Smith" and
     * "U.S. Army" are abbreviations, not ends).
     */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("\\p{Ll}{3,}\\.\\s+\\p{Lu}\\p{Ll}.*[.!?]$");
    private static final int PROSE_WORDS = 8;
    /** Words set apart by runs of spaces: the columns of a running head or a table row. */
    private static final Pattern COLUMN_GAP = Pattern.compile("\\S {3,}\\S");

    private TitleRule() {
    }

    static boolean looksLikeTitle(String text) {
        return looksLikeTitle(text, MAX_WORDS, MAX_LENGTH);
    }

    private static boolean looksLikeTitle(String text, int maxWords, int maxLength) {
        String t = text.strip();
        int words = Words.count(t);
        return words >= 1 && words <= maxWords && t.length() <= maxLength
                && STARTS_CAPITAL.matcher(t).find()
                && !LIST_MARK.matcher(t).find()
                && (!Words.endsWithStop(t) || INITIALISM_AT_END.matcher(t).find())
                && !COLUMN_GAP.matcher(t).find()
                && !UrlLineRule.isUrl(t)
                && !(words >= PROSE_WORDS && SENTENCE_INSIDE.matcher(t).find());
    }

    /**
     * A long headline, as news pages print them: a title in all but length, up to
     * {@link #HEADLINE_WORDS} words. Only taken for a title right above a byline or date.
     */
    static boolean looksLikeHeadline(String text) {
        return looksLikeTitle(text, HEADLINE_WORDS, HEADLINE_LENGTH);
    }

    /** "1. Something": a numbered heading, list item or note, never an article's title. */
    static boolean isNumbered(String text) {
        return NUMBERED.matcher(text).find();
    }

    /**
     * A label above a title: one word, up to three words in capitals ("NEWS", "WORLD REPORT"), a few words
     * after an icon ("📌 From the archive"), or the item's place in an issue ("2 of 3 | LETTERS").
     */
    static boolean looksLikeKicker(String text) {
        String t = text.strip();
        int words = Words.count(t);
        return looksLikeTitle(t) && (words == 1 || (words <= KICKER_WORDS && Words.isAllCaps(t))
                || isIconLabel(t)) || ITEM_COUNTER.matcher(t).matches();
    }

    /** "1 of 3 | AGENCY NEWS", "Item 2 of 4": where the item stands in an issue or a list, over its title. */
    private static final Pattern ITEM_COUNTER = Pattern.compile(
            "(?iu)^(?:item\\s+|art[íi]culo\\s+)?\\d{1,3}\\s+(?:of|de)\\s+\\d{1,3}(?:\\s*[|·•:—–]\\s*[^|·•]{1,40})?$");

    private static final int KICKER_WORDS = 4;

    /** " · Site Name", " | Site Name", " – Site": the site's name after a page title, as link cards print it. */
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[·|–—]\\s+[^·|–—]{1,40}$");

    /**
     * The same title again, perhaps in other case, punctuation, with a date or number after it, or with the
     * site's name after it.
     */
    static boolean repeats(String title, String text) {
        String a = Words.normalized(title).replaceAll("[\\d ]+$", "").strip();
        String b = Words.normalized(text).replaceAll("[\\d ]+$", "").strip();
        if (a.isEmpty()) {
            return false;
        }
        return a.equals(b) || a.equals(Words.normalized(SITE_SUFFIX.matcher(text.strip()).replaceAll("")));
    }
}
