package org.quire.ingest;

/**
 * A line with no letter or digit in it: "- - - -", "* * *", "--", a lone "·" or a globe icon. It divides
 * or decorates; it has no words for the book.
 */
final class DividerRule {
    static final String NAME = "divider";

    private DividerRule() {
    }

    static boolean matches(String text) {
        return !text.isBlank() && text.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
