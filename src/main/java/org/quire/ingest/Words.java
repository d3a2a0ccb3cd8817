package org.quire.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text measures shared by the rules. */
final class Words {
    /**
     * A Han or kana character is a word of its own: Chinese and Japanese put no spaces between words,
     * and a line of them is as long as its characters, not as the Latin runs around it.
     */
    private static final String CJK = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}";
    private static final Pattern WORD = Pattern.compile(
            "[" + CJK + "]|[\\p{L}\\p{N}&&[^" + CJK + "]][\\p{L}\\p{N}'’\\-&&[^" + CJK + "]]*");
    private static final Pattern TRAILING_CLOSERS = Pattern.compile("['\"’”»)\\]」』）\\s]+$");

    private Words() {
    }

    static int count(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static List<String> lowercase(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** The text without closing quotes and brackets at its end, so its final punctuation shows. */
    static String withoutClosers(String text) {
        return TRAILING_CLOSERS.matcher(text.strip()).replaceAll("");
    }

    /** Full stops, commas, colons and semicolons, Latin and full-width (Chinese, Japanese). */
    private static final Pattern STOP_AT_END = Pattern.compile("[.,;:。．，、；：]$");

    /** Ends a sentence: a full stop, colon or semicolon, not an ellipsis. Question and exclamation marks are apart. */
    static boolean endsWithStop(String text) {
        String bare = withoutClosers(text);
        if (bare.endsWith("...") || bare.endsWith("…")) {
            return false;
        }
        return STOP_AT_END.matcher(bare).find();
    }

    /** Letters and digits only, lower case, single spaces: for comparing texts that differ in punctuation or case. */
    static String normalized(String text) {
        return String.join(" ", lowercase(text));
    }

    static boolean isAllCaps(String text) {
        boolean anyLetter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                anyLetter = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return anyLetter;
    }

    /** Words of four letters or more: the ones title case capitalises and sentence case does not. */
    private static final Pattern CONTENT_WORD = Pattern.compile("\\p{L}{4,}");
    private static final int CASE_WORDS = 2;

    /** "New Report: Health in the Cities": its longer words capitalised, all but one at most. */
    static boolean isTitleCase(String text) {
        int[] counts = contentWordCase(text);
        return counts[0] >= CASE_WORDS && counts[1] >= counts[0] - 1 && counts[1] * 5 >= counts[0] * 4 && !isAllCaps(text);
    }

    /** "Risks vary by city in the north": most of its longer words in lower case. */
    static boolean isSentenceCase(String text) {
        int[] counts = contentWordCase(text);
        return counts[0] >= CASE_WORDS && counts[1] * 2 <= counts[0];
    }

    /** How many longer words, and how many of them start with a capital. */
    private static int[] contentWordCase(String text) {
        Matcher m = CONTENT_WORD.matcher(text);
        int words = 0;
        int capitalised = 0;
        while (m.find()) {
            words++;
            capitalised += Character.isUpperCase(m.group().charAt(0)) ? 1 : 0;
        }
        return new int[] {words, capitalised};
    }
}
