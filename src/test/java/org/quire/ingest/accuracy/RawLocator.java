package org.quire.ingest.accuracy;

import java.util.List;
import java.util.function.IntPredicate;

/** Finds where a piece of ingest text came from in the raw file, by its first words. */
final class RawLocator {
    private static final int KEY_WORDS = 6;

    private final List<String> paddedWordLines;

    RawLocator(List<String> rawLines) {
        paddedWordLines = rawLines.stream().map(l -> " " + Normalise.wordLine(l) + " ").toList();
    }

    /**
     * The first 1-based line, among those allowed, that begins with the text's first words ({@code atStart})
     * or merely contains them; 0 when there is none.
     */
    int find(String text, IntPredicate allowed, boolean atStart) {
        List<String> words = Normalise.bodyWords(text);
        if (words.isEmpty()) {
            return 0;
        }
        String key = " " + String.join(" ", words.subList(0, Math.min(KEY_WORDS, words.size()))) + " ";
        for (int i = 0; i < paddedWordLines.size(); i++) {
            String line = paddedWordLines.get(i);
            boolean hit = atStart ? startsWithMarkerless(line, key) : line.contains(key);
            if (hit && allowed.test(i + 1)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Where text most likely came from: the line it equals, else a line of the span, else anywhere; 0 when nowhere. */
    int whereFrom(String text, int first, int last) {
        String whole = " " + String.join(" ", Normalise.bodyWords(text)) + " ";
        for (int i = 0; i < paddedWordLines.size(); i++) {
            if (paddedWordLines.get(i).equals(whole)) {
                return i + 1;
            }
        }
        IntPredicate inSpan = n -> n >= first && n <= last;
        for (IntPredicate allowed : List.<IntPredicate>of(inSpan, n -> true)) {
            for (boolean atStart : new boolean[] {true, false}) {
                int line = find(text, allowed, atStart);
                if (line != 0) {
                    return line;
                }
            }
        }
        return 0;
    }

    private static boolean startsWithMarkerless(String paddedLine, String key) {
        // A raw line may open with a list number that the paragraph's words no longer have.
        String withoutNumber = paddedLine.replaceFirst("^ \\d{1,3} ", " ");
        return paddedLine.startsWith(key) || withoutNumber.startsWith(key);
    }

}
