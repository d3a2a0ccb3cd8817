package org.quire.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What is left of a link once scraping took the link away: "Más info también en Site "Title"", "Fuente
 * "Site"", "Source: Agency", "See also: …", and a label ending in a colon ("Más información sobre el
 * tema:") over a few short lines naming where ("En el diario X", "En Y."). A longer sentence that
 * happens to open with "More information" and ends with a full stop is text and stays; so does a
 * label over long lines, which are references.
 */
final class LinkLineRule {
    static final String NAME = "link-line";
    private static final Pattern POINTER = Pattern.compile("(?iu)^(?:más info(?:rmación)?|more info(?:rmation)?"
            + "|fuente|source|see also|ver también|véase también|lee también|leer también|read also|also read)"
            + "\\s*(?::|[\"“«]|\\b(?:también|also|en|in|at|on|sobre|about)\\b)");
    private static final int LINE_WORDS = 20;
    /** A longer pointer that ends with a full stop reads as a sentence. */
    private static final int SENTENCE_WORDS = 8;
    private static final int ITEM_WORDS = 6;
    /** Items sit on adjacent lines or one blank apart. */
    private static final int ITEM_GAP = 1;

    private LinkLineRule() {
    }

    static void drop(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.isDropped() || !isPointer(p.text)) {
                continue;
            }
            if (!p.text.strip().endsWith(":")) {
                p.drop(NAME, "a pointer to a link the page no longer shows");
                continue;
            }
            int end = i + 1;
            while (end < pieces.size() && isItem(pieces.get(end))) {
                end++;
            }
            for (int k = i; k < end && end > i + 1; k++) {
                pieces.get(k).drop(NAME, "a list of links the page no longer shows, under its label");
            }
        }
    }

    private static boolean isPointer(String text) {
        String t = text.strip();
        int words = Words.count(t);
        return POINTER.matcher(t).find() && words <= LINE_WORDS && (words <= SENTENCE_WORDS || !t.endsWith("."));
    }

    private static boolean isItem(Piece p) {
        return !p.isDropped() && p.chunk.blanksBefore() <= ITEM_GAP && p.words() <= ITEM_WORDS;
    }
}
