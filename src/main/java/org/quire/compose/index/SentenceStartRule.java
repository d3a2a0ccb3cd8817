package org.quire.compose.index;

/**
 * Rule "sentence-start": a capital at the start of a sentence proves nothing about a name, so the finder
 * needs to know where sentences start. A word starts one when it opens its block, note or list item, or
 * when the text since the previous word holds a full stop, question or exclamation mark (also the
 * Spanish opening ¿ ¡), an ellipsis or a colon, unless that full stop closes an initial ("J.") or an
 * abbreviation ("Mr.", "St.").
 */
final class SentenceStartRule {
    private SentenceStartRule() {
    }

    static boolean isSentenceStart(String text, Word previous, Word word, Lexicon lexicon) {
        if (previous == null) {
            return true;
        }
        String between = text.substring(previous.end(), word.start());
        if (between.indexOf('\n') >= 0) {
            return true;
        }
        boolean stop = false;
        for (int i = 0; i < between.length(); i++) {
            char c = between.charAt(i);
            if (c == '?' || c == '!' || c == '\u00BF' || c == '\u00A1' || c == '\u2026' || c == ':') {
                return true;
            }
            stop |= c == '.';
        }
        return stop && !isInitial(previous.text()) && !lexicon.isAbbreviation(previous.text());
    }

    /** A single capital letter: an initial when a full stop follows it. */
    static boolean isInitial(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }
}
