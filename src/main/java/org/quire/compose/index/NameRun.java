package org.quire.compose.index;

import java.util.List;

/**
 * Capitalised words standing together in a text: a possible name.
 *
 * @param text          the block text the words come from
 * @param sentenceStart whether the first word opens a sentence (its capital may be grammar only)
 */
record NameRun(String text, List<Word> words, boolean sentenceStart) {

    NameRun {
        words = List.copyOf(words);
    }

    NameRun part(int from, int to, boolean startsSentence) {
        return new NameRun(text, words.subList(from, to), startsSentence);
    }

    /** The name as written, spaces made single and a final possessive dropped: "Donald J. Trump". */
    String form() {
        Word last = words.get(words.size() - 1);
        int end = last.start() + last.withoutPossessive().length();
        return text.substring(words.get(0).start(), end).replaceAll("[\\s\\u00A0\\u2009\\u202F]+", " ");
    }

    int size() {
        return words.size();
    }

    Word word(int i) {
        return words.get(i);
    }
}
