package org.quire.compose.index;

/** A word of a text and where it stands: {@code text.substring(start, end)}. */
record Word(String text, int start, int end) {

    boolean isCapitalised() {
        int first = text.codePointAt(0);
        return Character.isUpperCase(first) || Character.isTitleCase(first);
    }

    /** "Trump's" → "Trump": the possessive is grammar, not part of the name. */
    String withoutPossessive() {
        int n = text.length();
        if (n > 2 && (text.endsWith("'s") || text.endsWith("\u2019s"))) {
            return text.substring(0, n - 2);
        }
        return text;
    }
}
