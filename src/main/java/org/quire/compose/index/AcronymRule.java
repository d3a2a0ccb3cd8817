package org.quire.compose.index;

import java.util.regex.Pattern;

/**
 * Rule "acronym": a word of two to eight capitals, which may hold digits, hyphens, ampersands or dots
 * between them ("AFL-CIO", "AT&T", "U.S.", "G20" does not count: one capital), and may end in a plural
 * "s" ("NGOs", counted as "NGO"). Roman numerals up to 39 ("II", "XIV", the numbers of wars, kings and popes)
 * are not acronyms; larger ones look too much like real acronyms ("DC", "CDC") to be worth the guess.
 */
final class AcronymRule {
    private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}\\d][\\p{Lu}\\d.&\\-\u2010\u2011]*s?");
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("X{0,3}(?:IX|IV|V?I{0,3})");
    private static final int MAX_CAPITALS = 8;

    private AcronymRule() {
    }

    static boolean isAcronym(String word) {
        if (!ACRONYM.matcher(word).matches() || isRomanNumeral(word)) {
            return false;
        }
        long capitals = base(word).chars().filter(Character::isUpperCase).count();
        return capitals >= 2 && capitals <= MAX_CAPITALS;
    }

    /** "NGOs" → "NGO": the form the plural is counted under. */
    static String base(String acronym) {
        return acronym.endsWith("s") ? acronym.substring(0, acronym.length() - 1) : acronym;
    }

    static boolean isRomanNumeral(String word) {
        return !word.isEmpty() && ROMAN_NUMERAL.matcher(word).matches();
    }
}
