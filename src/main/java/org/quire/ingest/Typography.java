package org.quire.ingest;

/**
 * Printer's typography for typed text: straight quotes to curly ones, "--" to an em dash, "..." to an
 * ellipsis. Quotes open after a space or an opening bracket and close elsewhere; an apostrophe before
 * a digit ("'30s") is an elision, not an opening quote.
 */
final class Typography {
    static final String NAME = "typography";

    private Typography() {
    }

    static String apply(String text) {
        String t = text.replace("---", "—").replace("--", "—").replace("...", "…");
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            char before = i == 0 ? ' ' : t.charAt(i - 1);
            char after = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
            if (c == '"') {
                out.append(opens(before) ? '“' : '”');
            } else if (c == '\'') {
                if (Character.isLetterOrDigit(before)) {
                    out.append('’');
                } else if (opens(before) && Character.isDigit(after)) {
                    out.append('’');
                } else if (opens(before) && (Character.isLetter(after) || after == '“')) {
                    out.append('‘');
                } else {
                    out.append('’');
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean opens(char before) {
        return Character.isWhitespace(before) || "([{—–-/“‘".indexOf(before) >= 0;
    }
}
