package org.quire.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text browser's copy of a page (lynx, w3m) numbers every link in brackets before its words ("by
 * [13]Name", "the [14]report") and lists the addresses at the end. The numbers are no part of the text:
 * on a page that carries many of them, every one is taken out before anything else reads the lines.
 * A note's marker after a word ("the report.[1]") is left alone.
 */
final class LinkNumberRule {
    static final String NAME = "link-numbers";
    static final String REFERENCES = "link-references";

    /** "[13]" before a word, a quote or another bracket, at a line's start or after a space or a bracket. */
    private static final Pattern NUMBER = Pattern.compile("(?<=^|[\\s(\\[\\]#*])\\[\\d{1,4}\\](?=[^\\s\\]])");

    /** "References", "Visible links", "Hidden links:": the heading of the addresses a text browser lists last. */
    private static final Pattern REFERENCES_HEADING = Pattern.compile("(?i)^(?:references|visible links|hidden links):?$");

    /** "12. https://example.org/page": one numbered address of that list. */
    private static final Pattern NUMBERED_ADDRESS = Pattern.compile("^(\\d{1,4})\\.\\s+[a-z][a-z0-9+.-]*:\\S*$");

    private static final int MIN_REFERENCES = 3;

    /** Fewer than this many on a page, and the brackets are the author's, not a text browser's. */
    private static final int MIN_ON_PAGE = 8;

    private LinkNumberRule() {
    }

    static List<SourceLine> strip(List<SourceLine> lines) {
        int found = 0;
        for (SourceLine line : lines) {
            Matcher m = NUMBER.matcher(line.text());
            while (m.find()) {
                found++;
            }
        }
        if (found < MIN_ON_PAGE) {
            return lines;
        }
        List<SourceLine> stripped = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            Matcher m = NUMBER.matcher(line.text());
            boolean menu = isMenu(line.text());
            int removed = 0;
            StringBuilder text = new StringBuilder();
            while (m.find()) {
                // A menu's items were told apart by their numbers alone: a bar keeps them apart.
                m.appendReplacement(text, menu && removed > 0 ? "| " : "");
                removed++;
            }
            m.appendTail(text);
            stripped.add(removed == 0 ? line : new SourceLine(line.number(), text.toString(), removed));
        }
        return stripped;
    }

    /** "[6]Home [7]Archive [8]Reading List": a line of links only, each a few words. */
    private static boolean isMenu(String text) {
        String t = text.strip();
        if (!t.startsWith("[")) {
            return false;
        }
        String[] items = NUMBER.split(t);
        int links = 0;
        for (String item : items) {
            if (item.isBlank()) {
                continue;
            }
            if (Words.count(item) > MENU_ITEM_WORDS || Words.endsWithStop(item.strip())) {
                return false;
            }
            links++;
        }
        return links >= MENU_ITEMS;
    }

    private static final int MENU_ITEM_WORDS = 3;
    private static final int MENU_ITEMS = 3;

    /**
     * Drops the list of link addresses a text browser prints at the end of the page, with its heading:
     * numbered from 1 without a gap, each item only an address, nothing kept after it.
     */
    static void dropReferences(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            if (!pieces.get(i).isDropped() && REFERENCES_HEADING.matcher(pieces.get(i).text.strip()).matches()
                    && addressesToTheEnd(pieces, i + 1)) {
                for (int j = i; j < pieces.size(); j++) {
                    pieces.get(j).drop(REFERENCES, "a text browser's list of the page's link addresses");
                }
                return;
            }
        }
    }

    private static boolean addressesToTheEnd(List<Piece> pieces, int from) {
        int expected = 1;
        for (int j = from; j < pieces.size(); j++) {
            for (String line : pieces.get(j).text.split("\n")) {
                Matcher m = NUMBERED_ADDRESS.matcher(line.strip());
                if (!m.matches() || Integer.parseInt(m.group(1)) != expected) {
                    return false;
                }
                expected++;
            }
        }
        return expected > MIN_REFERENCES;
    }
}
