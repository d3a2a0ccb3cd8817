package org.quire.ingest.accuracy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normal forms the scorer compares: typography differences (curly quotes, kinds of dash, compatibility
 * characters, spacing) must not count as disagreements, since ingest is free to improve typography.
 */
final class Normalise {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** Dashes, set with or without spaces, all read as one spaced hyphen: "Gladis- Rally" = "Gladis – Rally". */
    private static final Pattern DASH = Pattern.compile("\\s*[-\\u2010-\\u2015\\u2212]+\\s*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s\\p{P}]+$");
    private static final Pattern PARENTHESISED = Pattern.compile("\\([^)]*\\)");
    private static final Pattern LEADING_BY = Pattern.compile("^by\\s+");
    /** A list marker opening a line: "1.", "2)", "*", "•". Ingest turns these into list structure. */
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[*\u2022\u00B7\u25AA\u2023\u25E6]+|\\d{1,3}[.)])\\s*");

    private Normalise() {
    }

    /** NFKC, straight quotes, one kind of dash, single spaces, trimmed; case kept. */
    static String text(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
        t = t.replaceAll("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u00B4`]", "'")
                .replaceAll("[\\u201C\\u201D\\u201E\\u201F\\u2033\\u00AB\\u00BB]", "\"")
                .replaceAll("[\\u2010-\\u2015\\u2212]", "-")
                .replace('\u00A0', ' ');
        return SPACE.matcher(t).replaceAll(" ").strip();
    }

    /** Word tokens: runs of letters, digits and combining marks, lower-cased. Punctuation never counts. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text(s).toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * The words of a line or paragraph of body text, without an opening list marker: "1) The characters…"
     * and a list item "The characters…" are the same text, the number being structure, not words.
     */
    static List<String> bodyWords(String s) {
        return words(LIST_MARKER.matcher(s).replaceFirst(""));
    }

    /** The words joined by single spaces: the form in which residue is looked for. */
    static String wordLine(String s) {
        return String.join(" ", words(s));
    }

    /** A title for comparison: case-insensitive, dashes unified with their spacing, trailing punctuation ignored. */
    static String title(String s) {
        if (s == null) {
            return null;
        }
        String t = DASH.matcher(text(s)).replaceAll(" - ").toLowerCase(Locale.ROOT);
        return TRAILING_PUNCTUATION.matcher(t).replaceAll("").strip();
    }

    /**
     * An author's name for comparison: as a title, and also without a parenthesised qualifier or a leading
     * "by", so that "Left Voice (US)" and "By Left Voice" both match "Left Voice".
     */
    static String name(String s) {
        String t = PARENTHESISED.matcher(text(s)).replaceAll(" ");
        t = LEADING_BY.matcher(title(t)).replaceAll("");
        return SPACE.matcher(t).replaceAll(" ").strip();
    }
}
