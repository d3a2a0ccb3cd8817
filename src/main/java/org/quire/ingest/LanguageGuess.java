package org.quire.ingest;

import java.util.List;
import java.util.Set;

/**
 * English or Spanish, by counting each language's commonest short words. Enough for the language
 * attribute and hyphenation; a text too short to tell gives null.
 */
final class LanguageGuess {
    static final String ENGLISH = "en";
    static final String SPANISH = "es";

    private static final Set<String> EN = Set.of("the", "and", "of", "to", "is", "in", "that", "for", "it", "with",
            "was", "are", "on", "as", "be", "by", "this", "have", "from", "or", "they", "which", "their", "were",
            "has", "but", "not", "we", "our", "who", "will", "an", "at", "its", "been", "would", "all");
    private static final Set<String> ES = Set.of("el", "la", "los", "las", "de", "del", "que", "y", "en", "un",
            "una", "por", "con", "para", "es", "se", "su", "sus", "al", "lo", "como", "más", "pero", "le", "ha",
            "son", "está", "fue", "muy", "también", "nos", "sin", "hay", "ser", "este", "esta");
    private static final int MIN_HITS = 3;

    private LanguageGuess() {
    }

    /** "en", "es", or null when the text has too few telling words. */
    static String of(String text) {
        List<String> words = Words.lowercase(text);
        int en = 0;
        int es = 0;
        for (String w : words) {
            if (EN.contains(w)) {
                en++;
            }
            if (ES.contains(w)) {
                es++;
            }
        }
        if (Math.max(en, es) < MIN_HITS && !(words.size() >= 3 && Math.max(en, es) >= 1 && Math.min(en, es) == 0)) {
            return null;
        }
        if (en == es) {
            return null;
        }
        return en > es ? ENGLISH : SPANISH;
    }
}
