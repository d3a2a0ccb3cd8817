package org.quire.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * List items: "* text" and "• text" bullets (two glued on one line are split again), "1) text" items,
 * and runs where the source flattened a numbered list so every item reads "1." — those are renumbered
 * 1, 2, 3 through the article.
 */
final class ListRule {
    static final String NAME = "list";

    private static final Pattern BULLET = Pattern.compile("^\\s*[*•]\\s*(\\S.*)$", Pattern.DOTALL);
    /** A second bullet glued to the end of the first: "… Weekly Post, May 2, 2024*  Next item". */
    private static final Pattern GLUED_BULLET = Pattern.compile("(?<=\\S)\\s*\\*\\s{1,}(?=[\\p{Lu}\\p{N}\"“‘'])");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,2})([.)])\\s+(\\S.*)$", Pattern.DOTALL);

    private ListRule() {
    }

    static boolean isBullet(String text) {
        return BULLET.matcher(text).matches();
    }

    /** The bullet items in the text: usually one, two when a line glued them together. */
    static List<String> bulletItems(String text) {
        Matcher m = BULLET.matcher(text);
        if (!m.matches()) {
            return List.of(text.strip());
        }
        List<String> items = new ArrayList<>();
        for (String item : GLUED_BULLET.split(m.group(1))) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /** The item number, or -1 when the text is no numbered item. */
    static int number(String text) {
        Matcher m = NUMBERED.matcher(text);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** "1) text": the parenthesis form is always a list item, never a heading. */
    static boolean isParenthesisItem(String text) {
        Matcher m = NUMBERED.matcher(text);
        return m.matches() && m.group(2).equals(")");
    }

    /** The item's text without its number. */
    static String itemText(String text) {
        Matcher m = NUMBERED.matcher(text);
        return m.matches() ? m.group(3).strip() : text.strip();
    }

    /**
     * True when the article's numbered items all read "1." and there are two or more: a list the source
     * flattened, which is renumbered.
     */
    static boolean isFlattened(List<Piece> body) {
        int ones = 0;
        for (Piece p : body) {
            int n = number(p.text);
            if (n > 1) {
                return false;
            }
            if (n == 1 && !isParenthesisItem(p.text)) {
                ones++;
            }
        }
        return ones >= 2;
    }
}
