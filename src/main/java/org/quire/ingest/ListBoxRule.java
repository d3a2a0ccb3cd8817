package org.quire.ingest;

import java.util.List;

/**
 * A list a site prints beside, above or under its articles. Either under a heading from
 * {@code ingest/list-headings.txt} ("Recent Posts", "Archives", "Related articles", "Te puede
 * interesar"), followed by short lines (titles, dates, months); or, with no heading, a menu: a column of
 * five or more links of one to three words, most of them one word ("Home", "About", "Careers"; a column
 * of names is no menu). The list runs while the lines
 * stay short and close together. A heading with no such line under it is left alone (it may head a
 * section); a slogan ending in "!" is no menu item; and when running text follows a list straight away,
 * the list's last title and date are that text's header.
 */
final class ListBoxRule {
    static final String NAME = "list-box";
    private static final String RESOURCE = "/ingest/list-headings.txt";
    private static final InterfacePhraseRule HEADINGS = InterfacePhraseRule.load(RESOURCE);
    private static final int ITEM_WORDS = TitleRule.MAX_WORDS;
    private static final int MENU_ITEM_WORDS = 3;
    private static final int MENU_ITEMS = 5;
    /** Items sit on adjacent lines or one blank apart; a wider gap ends the list. */
    private static final int ITEM_GAP = 1;

    private ListBoxRule() {
    }

    static void drop(List<Piece> pieces) {
        int i = 0;
        while (i < pieces.size()) {
            Piece p = pieces.get(i);
            int end;
            if (HEADINGS.match(p.text) != null && (end = listEnd(pieces, i + 1, false)) > i + 1) {
                dropRun(pieces, i, end, "list of other pages under \"" + p.text.strip() + "\"");
                i = end;
            } else if (!p.isDropped() && isItem(p, true) && isMenu(pieces, i, end = listEnd(pieces, i, true))) {
                dropRun(pieces, i, end, "a menu: a column of links of a few words each");
                i = end;
            } else {
                i++;
            }
        }
    }

    private static void dropRun(List<Piece> pieces, int start, int end, String why) {
        for (int k = start; k < end; k++) {
            pieces.get(k).drop(NAME, why);
        }
    }

    /**
     * The index after the list items starting at {@code start}. Under a heading, what another rule dropped
     * ends the list, but for a story's age; in a menu, dropped buttons may stand between the links.
     */
    private static int listEnd(List<Piece> pieces, int start, boolean menu) {
        int k = start;
        while (k < pieces.size() && closeBelow(pieces.get(k))
                && ((menu || isFollowButton(pieces.get(k))) && pieces.get(k).isDropped() || isItem(pieces.get(k), menu)
                || isAge(pieces.get(k))
                || !menu && isTeaser(pieces, start, k))) {
            k++;
        }
        int next = k;
        while (next < pieces.size() && pieces.get(next).isDropped() && closeBelow(pieces.get(next))) {
            next++;
        }
        if (next < pieces.size() && closeBelow(pieces.get(next)) && !pieces.get(next).isDropped()
                && (next == k || !isItem(pieces.get(next), menu))) {
            // Running text right under the list (perhaps past a page's buttons): its title (and date) are a
            // header, not list items.
            while (k > start && (pieces.get(k - 1).isDropped() || DateRule.isDateLine(pieces.get(k - 1).text))) {
                k--;
            }
            k = Math.max(start, k - 1);
        }
        return k;
    }

    /** "Seguir" under each name of a "Who to follow" box. */
    private static boolean isFollowButton(Piece p) {
        return HeaderSignal.isFollowButton(p.text);
    }

    /** A title, a date or a month; in a menu, a link of a few words that is no slogan and no date. */
    private static boolean isItem(Piece p, boolean menu) {
        if (p.isDropped()) {
            return false;
        }
        String t = p.text.strip();
        if (menu) {
            return Words.count(t) <= MENU_ITEM_WORDS && TitleRule.looksLikeTitle(t) && !t.endsWith("!")
                    && !t.endsWith("?") && !DateRule.isDateLine(t) && BylineRule.parse(t) == null;
        }
        return Words.count(t) <= ITEM_WORDS && (TitleRule.looksLikeTitle(t) || DateRule.isDateLine(t));
    }

    /** "After five years, the lab takes a break.": a short sentence set close under an item's title, its teaser. */
    private static boolean isTeaser(List<Piece> pieces, int start, int k) {
        Piece p = pieces.get(k);
        Piece above = pieces.get(k - 1);
        return k > start && !p.isDropped() && p.chunk.blanksBefore() == 0 && p.words() <= ITEM_WORDS
                && !above.isDropped() && TitleRule.looksLikeTitle(above.text) && !DateRule.isDateLine(above.text);
    }

    /** "2 hours ago" under a story's title, dropped already as a post's age: an item's line still. */
    private static boolean isAge(Piece p) {
        return FeedCounterRule.dropped(p) && FeedCounterRule.isPostAge(p.text);
    }

    private static boolean closeBelow(Piece p) {
        return p.chunk.blanksBefore() <= ITEM_GAP;
    }

    /** Five links or more, most of them one word: names of people or groups run longer. */
    private static boolean isMenu(List<Piece> pieces, int start, int end) {
        // "Newsletter" dropped as an interface word between the links is one of the menu's links all the same.
        List<Piece> links = pieces.subList(start, end).stream()
                .filter(p -> !p.isDropped() || InterfacePhraseRule.NAME.equals(p.drop.rule()) && p.words() <= MENU_ITEM_WORDS)
                .toList();
        long oneWord = links.stream().filter(p -> p.words() == 1).count();
        return links.size() >= MENU_ITEMS && oneWord * 2 > links.size();
    }
}
