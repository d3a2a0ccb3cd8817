package org.quire.compose.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule "capitalised-run": capitalised words separated only by spaces form one run ("Juan Orlando
 * Hernández"). A run goes on through an initial and its full stop ("Donald J. Trump") and through up to
 * two lowercase name particles when a capitalised word follows ("Bank of the South", "Lula da Silva").
 * Any punctuation ends it; a possessive does not, here ({@link NameCleanupRule} decides).
 */
final class CapitalisedRunRule {
    private static final int MAX_PARTICLES = 2;

    private CapitalisedRunRule() {
    }

    static List<NameRun> runs(String text, Lexicon lexicon) {
        List<Word> words = Words.of(text);
        List<NameRun> runs = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!words.get(i).isCapitalised()) {
                i++;
                continue;
            }
            boolean start = SentenceStartRule.isSentenceStart(text, i == 0 ? null : words.get(i - 1), words.get(i), lexicon);
            int last = i;
            while (true) {
                int next = nextInRun(text, words, last, lexicon);
                if (next < 0) {
                    break;
                }
                last = next;
            }
            runs.add(new NameRun(text, words.subList(i, last + 1), start));
            i = last + 1;
        }
        return runs;
    }

    /** The index of the word that carries the run on after word {@code at}, or -1 where it ends. */
    private static int nextInRun(String text, List<Word> words, int at, Lexicon lexicon) {
        int next = at + 1;
        int particles = 0;
        while (next < words.size() && joins(text, words.get(next - 1), words.get(next))) {
            Word candidate = words.get(next);
            if (candidate.isCapitalised()) {
                return next;
            }
            if (particles == MAX_PARTICLES || !lexicon.isParticle(candidate.text())) {
                return -1;
            }
            particles++;
            next++;
        }
        return -1;
    }

    private static boolean joins(String text, Word left, Word right) {
        String between = text.substring(left.end(), right.start());
        if (Words.isSpaceOnly(between)) {
            return true;
        }
        return SentenceStartRule.isInitial(left.text()) && between.startsWith(".")
                && Words.isSpaceOnly(between.substring(1));
    }
}
