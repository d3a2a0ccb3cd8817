package org.quire.compose.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words the way an index reads them: letters, digits and combining marks, held
 * together across a hyphen, apostrophe or ampersand between two of them ("AFL-CIO", "O'Brien",
 * "AT&T"), and dotted acronyms kept whole with their last dot ("U.S."). Everything else (spaces,
 * punctuation, quotes, dashes) separates words. The finder and the matcher share this, so a phrase
 * is found exactly where it was counted.
 */
final class Words {
    private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:\\p{Lu}\\.){2,}(?![\\p{L}\\p{N}])");

    private Words() {
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        Matcher dotted = DOTTED_ACRONYM.matcher(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            dotted.region(i, n);
            if (dotted.lookingAt()) {
                i = dotted.end();
            } else {
                i = wordEnd(text, i);
            }
            words.add(new Word(text.substring(start, i), start, i));
        }
        return words;
    }

    private static int wordEnd(String text, int i) {
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                i += Character.charCount(cp);
            } else if (isJoiner(cp) && i + 1 < n && isWordChar(text.codePointAt(i + 1))) {
                i += 1;
            } else {
                break;
            }
        }
        return i;
    }

    static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp)
                || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isJoiner(int cp) {
        return cp == '-' || cp == '\u2010' || cp == '\u2011' || cp == '\'' || cp == '\u2019' || cp == '&';
    }

    /** True when the text between two words is only spaces (no line or block boundary, no punctuation). */
    static boolean isSpaceOnly(String between) {
        if (between.isEmpty()) {
            return false;
        }
        for (int i = 0; i < between.length(); i++) {
            char c = between.charAt(i);
            if (c == '\n' || !(Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                return false;
            }
        }
        return true;
    }
}
