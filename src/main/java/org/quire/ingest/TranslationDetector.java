package org.quire.ingest;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article that translates or repeats an earlier one in the same seed and points it there. A
 * translation keeps what does not translate: numbers and proper names. Two articles in different
 * languages sharing most of those, at a similar length, are one text twice; in the same language,
 * most words in common make a repeat. The later text keeps the earlier one's author and date when it
 * names none of its own.
 */
final class TranslationDetector {
    static final String NAME = "translation";
    static final double SHARED_ANCHORS = 0.35;
    static final double SHARED_WORDS = 0.7;
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,:/\\-]\\d+)*");
    private static final Pattern NAME_WORD = Pattern.compile("(?<=[\\p{L},;’'\"”)] )\\p{Lu}[\\p{L}\\-]+");

    private TranslationDetector() {
    }

    /** Sets {@code translationOf} on each draft that translates or repeats an earlier one. */
    static void link(List<ArticleDraft> drafts) {
        for (int b = 1; b < drafts.size(); b++) {
            ArticleDraft later = drafts.get(b);
            for (int a = 0; a < b; a++) {
                ArticleDraft earlier = drafts.get(a);
                if (earlier.translationOf == null && isSameText(earlier, later)) {
                    later.translationOf = earlier.id;
                    inheritByline(earlier, later);
                    break;
                }
            }
        }
    }

    /** A translation that names no author or date is by the original's author, of the original's date. */
    private static void inheritByline(ArticleDraft original, ArticleDraft translation) {
        if (translation.authors.isEmpty()) {
            original.authors.forEach(translation::addAuthor);
        }
        if (translation.date == null) {
            translation.date = original.date;
        }
    }

    static boolean isSameText(ArticleDraft a, ArticleDraft b) {
        String textA = text(a);
        String textB = text(b);
        int wordsA = Words.count(textA);
        int wordsB = Words.count(textB);
        if (wordsA == 0 || wordsB == 0 || Math.max(wordsA, wordsB) > 2 * Math.min(wordsA, wordsB)) {
            return false;
        }
        if (a.lang != null && a.lang.equals(b.lang)) {
            return jaccard(new HashSet<>(Words.lowercase(textA)), new HashSet<>(Words.lowercase(textB))) >= SHARED_WORDS;
        }
        Set<String> anchorsA = anchors(textA);
        Set<String> anchorsB = anchors(textB);
        return anchorsA.size() >= 3 && anchorsB.size() >= 3 && jaccard(anchorsA, anchorsB) >= SHARED_ANCHORS;
    }

    /** Numbers and capitalised words inside sentences, accents and case folded. */
    static Set<String> anchors(String text) {
        Set<String> anchors = new HashSet<>();
        Matcher n = NUMBER.matcher(text);
        while (n.find()) {
            anchors.add(n.group());
        }
        Matcher w = NAME_WORD.matcher(text);
        while (w.find()) {
            anchors.add(fold(w.group()));
        }
        return anchors;
    }

    private static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        Set<String> either = new HashSet<>(a);
        either.addAll(b);
        return either.isEmpty() ? 0 : (double) both.size() / either.size();
    }

    private static String text(ArticleDraft d) {
        StringBuilder out = new StringBuilder();
        for (Piece p : d.body) {
            if (!p.isDropped()) {
                out.append(InlineBuilder.withoutNotes(p.text)).append('\n');
            }
        }
        return out.toString();
    }
}
