package org.quire.ingest;

import java.util.List;

/**
 * A list a site prints beside or under its articles: "Recent Posts", "Archives", "Categories",
 * "Related articles", "Te puede interesar", each followed by short lines (titles, dates, months, labels).
 * The heading comes from {@code ingest/list-headings.txt}; the list runs while the lines stay short and
 * close together. A heading with no such line under it is left alone (it may head a section), and when
 * running text follows the list straight away, its last title and date are that text's header.
 */
final class ListBoxRule {
    static final String NAME = "list-box";
    private static final String RESOURCE = "/ingest/list-headings.txt";
    private static final InterfacePhraseRule HEADINGS = InterfacePhraseRule.load(RESOURCE);
    private static final int ITEM_WORDS = 15;
    /** Items sit on adjacent lines or one blank apart; a wider gap ends the list. */
    private static final int ITEM_GAP = 1;

    private ListBoxRule() {
    }

    static void drop(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            if (HEADINGS.match(pieces.get(i).text) == null) {
                continue;
            }
            int end = listEnd(pieces, i + 1);
            if (end > i + 1) {
                String why = "list of other pages under \"" + pieces.get(i).text.strip() + "\"";
                for (int k = i; k < end; k++) {
                    pieces.get(k).drop(NAME, why);
                }
                i = end - 1;
            }
        }
    }

    /** The index after the list items starting at {@code start}. */
    private static int listEnd(List<Piece> pieces, int start) {
        int k = start;
        while (k < pieces.size() && isItem(pieces.get(k))) {
            k++;
        }
        if (k < pieces.size() && closeBelow(pieces.get(k)) && !pieces.get(k).isDropped()) {
            // Running text right under the list: its title (and date) are a header, not list items.
            while (k > start && DateRule.isDateLine(pieces.get(k - 1).text)) {
                k--;
            }
            k = Math.max(start, k - 1);
        }
        return k;
    }

    /** A title, a date or a month, close under the one before; what another rule dropped ends the list. */
    private static boolean isItem(Piece p) {
        if (!closeBelow(p) || p.isDropped()) {
            return false;
        }
        String t = p.text.strip();
        return Words.count(t) <= ITEM_WORDS && (TitleRule.looksLikeTitle(t) || DateRule.isDateLine(t));
    }

    private static boolean closeBelow(Piece p) {
        return p.chunk.blanksBefore() <= ITEM_GAP;
    }

}
