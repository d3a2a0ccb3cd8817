package org.quire.ingest.accuracy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Says which gold lines an ingest article lost and which ingest paragraphs are not gold body, so that a
 * low F1 comes with the lines to look at.
 */
final class BodyDiff {
    /** A gold line is reported missing when less than this share of its words is found. */
    static final double FOUND = 0.8;
    private static final int SHOWN_CHARS = 110;

    private BodyDiff() {
    }

    /**
     * Gold body lines mostly absent from the ingest body, as "line N (x% found): text". Words are taken out
     * of the ingest bag in reading order, so a repeated line is found only as often as ingest has it.
     */
    static List<String> missingLines(GoldFile file, GoldArticle gold, WordBag ingestWords) {
        WordBag left = ingestWords.copy();
        List<String> out = new ArrayList<>();
        for (int n : file.bodyLines(gold)) {
            List<String> words = Normalise.bodyWords(file.line(n));
            int found = (int) words.stream().filter(left::take).count();
            if (!words.isEmpty() && found < FOUND * words.size()) {
                out.add("line " + n + " (" + percent(found, words.size()) + " found): " + clip(file.line(n)));
            }
        }
        return out;
    }

    /**
     * Ingest paragraphs that do not come from the gold article's body lines, as "≈line N: text". A paragraph
     * belongs to a body line that begins with its first words, or failing that to one that contains them and
     * still has words enough left for it (a line split into two paragraphs is still body; a pull quote that
     * repeats half a body line is not).
     */
    static List<String> extraLeaves(GoldFile file, GoldArticle gold, IngestedArticle ingest, RawLocator locator) {
        Map<Integer, Integer> wordsLeft = new HashMap<>();
        for (int n : file.bodyLines(gold)) {
            wordsLeft.put(n, Normalise.bodyWords(file.line(n)).size());
        }
        List<String> leaves = ingest.leaves();
        boolean[] placed = new boolean[leaves.size()];
        for (boolean atStart : new boolean[] {true, false}) {
            for (int i = 0; i < leaves.size(); i++) {
                if (placed[i]) {
                    continue;
                }
                int size = Normalise.bodyWords(leaves.get(i)).size();
                int line = locator.find(leaves.get(i),
                        n -> wordsLeft.getOrDefault(n, 0) > 0 && (atStart || wordsLeft.get(n) >= size), atStart);
                if (line != 0 || size == 0) {
                    placed[i] = true;
                    wordsLeft.computeIfPresent(line, (n, left) -> Math.max(0, left - size));
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < leaves.size(); i++) {
            if (!placed[i]) {
                int line = locator.whereFrom(leaves.get(i), ingest.entry().firstLine(), ingest.entry().lastLine());
                out.add((line == 0 ? "line ?" : "≈line " + line) + ": " + clip(leaves.get(i)));
            }
        }
        return out;
    }

    static String clip(String s) {
        String t = Normalise.text(s);
        return "\"" + (t.length() <= SHOWN_CHARS ? t : t.substring(0, SHOWN_CHARS - 1) + "…") + "\"";
    }

    private static String percent(int part, int whole) {
        return Math.round(100.0 * part / whole) + "%";
    }
}
