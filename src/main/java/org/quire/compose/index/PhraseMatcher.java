package org.quire.compose.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds index phrases in text as whole words, the longest phrase winning where two start at the same
 * word ("Chinese Communist Party" over "Communist Party"), and no two matches overlapping.
 *
 * <p>Case: a phrase with a capital letter is matched exactly ("Trump" is not "trump"); an all-lowercase
 * phrase matches in any case, so "imperialism" is found at the start of a sentence too. Spaces in a
 * phrase match any run of spaces in the text, but never a line or block boundary. The last word may
 * carry a possessive ("Trump's" counts as "Trump"; the match stops before the "'s").
 *
 * @param <T> what a phrase stands for; one phrase may stand for several things
 */
final class PhraseMatcher<T> {

    /** A phrase found in a text, with everything it stands for. */
    record Match<T>(int start, int end, String text, List<T> targets) {}

    private record Phrase<T>(List<String> words, List<String> separators, boolean exactCase, List<T> targets) {}

    private final Map<String, Phrase<T>> phrases = new LinkedHashMap<>();
    private final Map<String, List<Phrase<T>>> byFirstWord = new HashMap<>();

    void add(String phrase, T target) {
        List<Word> words = Words.of(phrase);
        if (words.isEmpty()) {
            return;
        }
        boolean exactCase = !phrase.equals(phrase.toLowerCase(Locale.ROOT));
        List<String> texts = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            texts.add(exactCase ? words.get(i).text() : lower(words.get(i).text()));
            if (i > 0) {
                separators.add(separator(phrase.substring(words.get(i - 1).end(), words.get(i).start())));
            }
        }
        String key = (exactCase ? "=" : "~") + String.join("\u0000", texts) + "\u0001" + String.join("\u0000", separators);
        Phrase<T> existing = phrases.get(key);
        if (existing == null) {
            existing = new Phrase<>(texts, separators, exactCase, new ArrayList<>());
            phrases.put(key, existing);
            byFirstWord.computeIfAbsent(lower(texts.get(0)), k -> new ArrayList<>()).add(existing);
        }
        if (!existing.targets().contains(target)) {
            existing.targets().add(target);
        }
    }

    List<Match<T>> find(String text) {
        List<Match<T>> matches = new ArrayList<>();
        List<Word> words = Words.of(text);
        int i = 0;
        while (i < words.size()) {
            Word first = words.get(i);
            Phrase<T> best = null;
            int bestEnd = -1;
            for (Phrase<T> phrase : candidates(first)) {
                int end = matchEnd(phrase, text, words, i);
                if (end > bestEnd) {
                    best = phrase;
                    bestEnd = end;
                }
            }
            if (best == null) {
                i++;
            } else {
                matches.add(new Match<>(first.start(), bestEnd, text.substring(first.start(), bestEnd),
                        List.copyOf(best.targets())));
                i += best.words().size();
            }
        }
        return matches;
    }

    private List<Phrase<T>> candidates(Word word) {
        List<Phrase<T>> found = new ArrayList<>(byFirstWord.getOrDefault(lower(word.text()), List.of()));
        String bare = word.withoutPossessive();
        if (!bare.equals(word.text())) {
            found.addAll(byFirstWord.getOrDefault(lower(bare), List.of()));
        }
        return found;
    }

    /** Where the phrase ends in the text if it matches from word {@code at}, or -1. */
    private int matchEnd(Phrase<T> phrase, String text, List<Word> words, int at) {
        int size = phrase.words().size();
        if (at + size > words.size()) {
            return -1;
        }
        for (int k = 0; k < size; k++) {
            Word word = words.get(at + k);
            if (k > 0 && !separator(text.substring(words.get(at + k - 1).end(), word.start()))
                    .equals(phrase.separators().get(k - 1))) {
                return -1;
            }
            String expected = phrase.words().get(k);
            if (same(phrase, word.text(), expected)) {
                continue;
            }
            boolean last = k == size - 1;
            String bare = word.withoutPossessive();
            if (last && same(phrase, bare, expected)) {
                return word.start() + bare.length();
            }
            return -1;
        }
        return words.get(at + size - 1).end();
    }

    private static boolean same(Phrase<?> phrase, String word, String expected) {
        return phrase.exactCase() ? word.equals(expected) : lower(word).equals(expected);
    }

    /** Spaces of any kind read as one space; a line boundary never matches; other separators as written. */
    private static String separator(String between) {
        if (between.indexOf('\n') >= 0) {
            return "\n";
        }
        if (Words.isSpaceOnly(between)) {
            return " ";
        }
        return between.replaceAll("[\\s\\u00A0\\u2009\\u202F]+", " ");
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
