package org.quire.ingest.accuracy;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A multiset of word tokens: body text is compared as a bag, so word order and paragraphing do not count. */
final class WordBag {
    private final Map<String, Integer> counts = new HashMap<>();
    private int size;

    static WordBag of(Collection<String> words) {
        WordBag bag = new WordBag();
        words.forEach(bag::add);
        return bag;
    }

    /** The body words of some lines or paragraphs, each read with {@link Normalise#bodyWords}. */
    static WordBag ofBody(List<String> linesOrParagraphs) {
        WordBag bag = new WordBag();
        linesOrParagraphs.forEach(l -> Normalise.bodyWords(l).forEach(bag::add));
        return bag;
    }

    void add(String word) {
        counts.merge(word, 1, Integer::sum);
        size++;
    }

    void addAll(WordBag other) {
        other.counts.forEach((w, n) -> {
            counts.merge(w, n, Integer::sum);
            size += n;
        });
    }

    /** Removes one occurrence if there is one; says whether there was. */
    boolean take(String word) {
        Integer n = counts.get(word);
        if (n == null) {
            return false;
        }
        if (n == 1) {
            counts.remove(word);
        } else {
            counts.put(word, n - 1);
        }
        size--;
        return true;
    }

    int size() {
        return size;
    }

    /** Size of the multiset intersection: each word counted as often as it occurs in both bags. */
    int common(WordBag other) {
        int n = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            n += Math.min(e.getValue(), other.counts.getOrDefault(e.getKey(), 0));
        }
        return n;
    }

    WordBag copy() {
        WordBag c = new WordBag();
        c.addAll(this);
        return c;
    }

    /** The words of this bag that the other lacks, most frequent first, as "word×n". */
    List<String> surplusOver(WordBag other, int limit) {
        return counts.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - other.counts.getOrDefault(e.getKey(), 0)))
                .filter(e -> e.getValue() > 0)
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + "×" + e.getValue())
                .toList();
    }
}
