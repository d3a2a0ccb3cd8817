package org.quire.ingest;

import java.util.List;

/**
 * A pull quote: a sentence of the article printed again on its own, larger, between paragraphs. Its
 * words occur, in the same order, inside a longer paragraph of the same article; the copy goes and the
 * paragraph stays. Editors trim pull quotes, so a full sentence of some length also counts when nearly
 * all its words come, in order, from one stretch of a paragraph. Very short lines and headings (short,
 * no sentence's end) are left alone, since a few words may well recur.
 */
final class PullQuoteRule {
    static final String NAME = "pull-quote";
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 80;
    /** A trimmed copy must be a sentence of at least this many words… */
    private static final int TRIMMED_MIN_WORDS = 10;
    /** …nearly all of whose words come in order from a stretch of the paragraph not much longer than it. */
    private static final double TRIMMED_SHARE = 0.85;
    private static final double STRETCH = 1.5;

    private PullQuoteRule() {
    }

    static void drop(ArticleDraft draft) {
        List<Piece> body = draft.body.stream().filter(p -> !p.isDropped()).toList();
        for (Piece quote : body) {
            int words = quote.words();
            if (words < MIN_WORDS || words > MAX_WORDS) {
                continue;
            }
            for (Piece other : body) {
                if (other != quote && !other.isDropped() && other.words() > words && repeats(quote.text, other.text)) {
                    quote.drop(NAME, "pull quote: a sentence of the article printed again on its own");
                    break;
                }
            }
        }
    }

    /** The quote is a copy, exact or trimmed, of words in the paragraph. */
    static boolean repeats(String quote, String paragraph) {
        List<String> q = Words.lowercase(quote);
        // A short line without a sentence's end is a heading, which may well name words of its section.
        boolean heading = q.size() < TRIMMED_MIN_WORDS && !endsSentence(quote) && !quote.strip().endsWith("…");
        String copy = " " + Words.normalized(quote) + " ";
        if (!heading && (" " + Words.normalized(paragraph) + " ").contains(copy)) {
            return true;
        }
        if (q.size() < TRIMMED_MIN_WORDS || !endsSentence(quote)) {
            return false;
        }
        List<String> p = Words.lowercase(paragraph);
        int window = (int) Math.ceil(q.size() * STRETCH);
        int step = Math.max(1, q.size() / 4);
        for (int start = 0; start < Math.max(1, p.size() - window + step); start += step) {
            List<String> stretch = p.subList(start, Math.min(p.size(), start + window));
            if (commonInOrder(q, stretch) >= TRIMMED_SHARE * q.size()) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentence(String text) {
        String bare = Words.withoutClosers(text);
        return bare.endsWith(".") || bare.endsWith("!") || bare.endsWith("?") || bare.endsWith("…");
    }

    /** Length of the longest common subsequence of two word lists. */
    private static int commonInOrder(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        for (String x : a) {
            int[] current = new int[b.size() + 1];
            for (int j = 0; j < b.size(); j++) {
                current[j + 1] = x.equals(b.get(j)) ? previous[j] + 1 : Math.max(previous[j + 1], current[j]);
            }
            previous = current;
        }
        return previous[b.size()];
    }
}
