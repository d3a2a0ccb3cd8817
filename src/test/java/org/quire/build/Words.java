package org.quire.build;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Word counts of a text, so text in and text out can be compared regardless of line breaks. */
final class Words {
    private Words() {
    }

    static Map<String, Integer> count(String text) {
        Map<String, Integer> counts = new HashMap<>();
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace('\u00AD', ' ') // soft hyphens are layout, not text
                .toLowerCase(Locale.ROOT);
        // Han script has no spaces and may break between any two characters: count it by character.
        String spaced = normal.replaceAll("(\\p{IsHan})", " $1 ");
        for (String token : spaced.split("[^\\p{L}\\p{N}]+")) {
            if (!token.isEmpty()) {
                counts.merge(token, 1, Integer::sum);
            }
        }
        return counts;
    }
}
