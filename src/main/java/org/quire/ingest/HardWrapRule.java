package org.quire.ingest;

import java.util.regex.Pattern;

/**
 * Decides whether a line continues the line before it. Two kinds of source do this: text wrapped at a
 * fixed width inside blank-separated paragraphs, and a sentence broken mid-way in a file that otherwise
 * puts each paragraph on one line ("... the council voted and" / "then left ...").
 */
final class HardWrapRule {
    static final String NAME = "hard-wrap";

    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?:;…]['\"’”)\\]]*$");
    private static final Pattern STARTS_LOWERCASE = Pattern.compile("^[\\p{Ll}]");
    private static final Pattern STARTS_ITEM = Pattern.compile("^\\s*(?:[*•\\-–]\\s|\\d{1,2}[.)]\\s)");

    private HardWrapRule() {
    }

    /** A sentence broken in the middle: no closing punctuation, and the next line starts in lower case. */
    static boolean continuesSentence(String previous, String next) {
        String prev = previous.strip();
        String following = next.strip();
        if (prev.isEmpty() || following.isEmpty() || STARTS_ITEM.matcher(next).find()
                || UrlLineRule.isUrl(prev) || UrlLineRule.isUrl(following)) {
            return false;
        }
        return !ENDS_SENTENCE.matcher(prev).find() && STARTS_LOWERCASE.matcher(following).find();
    }

    /**
     * Inside a blank-separated paragraph of fixed-width lines, every line joins the next unless the next
     * one starts a list item.
     */
    static boolean continuesWrappedParagraph(String next) {
        return !next.isBlank() && !STARTS_ITEM.matcher(next).find();
    }

    static String join(String previous, String next) {
        String prev = previous.stripTrailing();
        // A hyphen at the wrap is kept and closed up: "long-" + "term" is "long-term". Whether it was a
        // soft hyphen cannot be told, and keeping it loses no letter.
        if (prev.matches(".*\\p{L}-$")) {
            return prev + next.strip();
        }
        return prev + " " + next.strip();
    }
}
