package org.quire.ingest;

/**
 * An editor's note in square brackets, perhaps over several paragraphs, each opening with "[" and only
 * the last closing with "]" (the old convention for quoted paragraphs). Becomes a Div with the class
 * {@code editorial-note}, brackets removed.
 */
final class EditorialNoteRule {
    static final String NAME = "editorial-note";
    static final String CLASS = "editorial-note";

    private EditorialNoteRule() {
    }

    static boolean opens(String text) {
        String t = text.strip();
        return t.startsWith("[") && !t.startsWith("[back]") && t.length() > 2 && t.indexOf(']') < 0
                || (t.startsWith("[") && t.endsWith("]") && t.indexOf(']') == t.length() - 1 && Words.count(t) >= 4);
    }

    static boolean closes(String text) {
        return text.strip().endsWith("]");
    }

    static String inner(String text) {
        String t = text.strip();
        if (t.startsWith("[")) {
            t = t.substring(1);
        }
        if (t.endsWith("]")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip();
    }
}
