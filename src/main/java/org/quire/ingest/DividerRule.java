package org.quire.ingest;

import java.util.regex.Pattern;

/**
 * A line with no letter or digit in it: "- - - -", "* * *", "--", a lone "·" or a globe icon. It divides
 * or decorates; it has no words for the book.
 */
final class DividerRule {
    static final String NAME = "divider";

    private DividerRule() {
    }

    /** "[…]", "(...)": words left out of a quotation, which the quotation keeps. */
    private static final Pattern ELISION = Pattern.compile("^[\\[(]\\s*(?:…|\\.{3})\\s*[\\])]$");

    private static final int RULE_LENGTH = 20;

    /**
     * A solid rule across the page ("________", "=========="): it sets articles apart. A spaced one
     * ("- - - - - -") is a section break inside an article.
     */
    static boolean isRule(String text) {
        String t = text.strip();
        return t.length() >= RULE_LENGTH && t.chars().distinct().count() == 1 && matches(t);
    }

    static boolean matches(String text) {
        return !text.isBlank() && text.codePoints().noneMatch(Character::isLetterOrDigit)
                && !ELISION.matcher(text.strip()).matches();
    }
}
