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
    private static final Pattern STARTS_CAPITAL = Pattern.compile("^[\"“‘'¡¿(]?\\p{Lu}");
    /** A lower-case letter, perhaps after an opening bracket or quote: "(example.org) under …". */
    private static final Pattern STARTS_LOWERCASE = Pattern.compile("^[(\"“‘']?\\p{Ll}");
    /** A wrapped line this much shorter than the width ended on purpose. */
    private static final double SHORT_LINE = 0.7;
    private static final Pattern STARTS_ITEM = Pattern.compile("^\\s*(?:[*•\\-–]\\s|\\d{1,2}[.)]\\s)");

    private HardWrapRule() {
    }

    /**
     * A sentence broken in the middle: no closing punctuation, and the next line starts in lower case
     * (and is no byline, "by Name", under a title).
     */
    static boolean continuesSentence(String previous, String next) {
        String prev = previous.strip();
        String following = next.strip();
        if (prev.isEmpty() || following.isEmpty() || STARTS_ITEM.matcher(next).find()
                || UrlLineRule.isUrl(prev) || UrlLineRule.isUrl(following)) {
            return false;
        }
        // "(example.org) under …" goes on from words, not from a count ("9" over "(edited)").
        boolean bracketed = following.startsWith("(");
        return !ENDS_SENTENCE.matcher(prev).find() && STARTS_LOWERCASE.matcher(following).find()
                && (!bracketed || Character.isLetter(prev.charAt(prev.length() - 1)))
                && MetaLineRule.parse(following) == null;
    }

    /**
     * Inside a blank-separated paragraph of lines wrapped at {@code width}, a line joins the chunk so far
     * unless it starts a list item or the line above ended on purpose. A headline over a byline or date
     * line ends on purpose, however long. A line that ended early did too if it is clearly short, stands
     * over a byline or date, or is a heading alone at the top of its block over a capitalised line.
     * (Text wrapped by hand ends a line a little early now and then, in the middle of a sentence.)
     */
    static boolean continuesWrappedParagraph(String chunkSoFar, String previous, String next, int width) {
        if (next.isBlank() || STARTS_ITEM.matcher(next).find()) {
            return false;
        }
        if (previous.stripTrailing().endsWith(",")) {
            // A comma ends no paragraph and no header line: the sentence runs on.
            return true;
        }
        boolean overMeta = MetaLineRule.parse(next) != null;
        if (overMeta && TitleRule.looksLikeHeadline(previous)) {
            return false;
        }
        if (!endsEarly(previous, next, width)) {
            return true;
        }
        boolean clearlyShort = previous.strip().length() <= width * SHORT_LINE;
        boolean headingAlone = chunkSoFar.equals(previous.strip()) && TitleRule.looksLikeTitle(previous)
                && STARTS_CAPITAL.matcher(next.strip()).find();
        return !clearlyShort && !overMeta && !headingAlone;
    }

    /**
     * The next line's first word would have fitted on this line, so no wrap at {@code width} broke it
     * there: the line ended on purpose. A line ending in a hyphen was broken inside a word.
     */
    static boolean endsEarly(String line, String next, int width) {
        String text = line.stripTrailing();
        String following = next.strip();
        if (text.isEmpty() || following.isEmpty() || text.endsWith("-")) {
            return false;
        }
        int firstWord = following.split("\\s+", 2)[0].length();
        return text.length() + 1 + firstWord <= width;
    }

    /** The line ends with a full stop, question or exclamation mark, colon, semicolon or ellipsis. */
    static boolean endsSentence(String line) {
        return ENDS_SENTENCE.matcher(line.strip()).find();
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
