package org.quire.ingest;

import java.util.List;

/**
 * A block of links under a post: "Additional Media:", then page titles each followed by its address.
 * It names other pages; it is not the article's text. A run counts when it holds two or more
 * addresses and consists only of addresses, titles directly above an address, and short labels
 * ending in a colon.
 */
final class RelatedLinksRule {
    static final String NAME = "related-links";
    private static final int MIN_ADDRESSES = 2;
    private static final int LABEL_WORDS = 4;
    /** "Join us!" may title a link; a longer exclamation is a sentence. */
    private static final int EXCLAMATION_WORDS = 8;

    private RelatedLinksRule() {
    }

    static void drop(List<Piece> pieces) {
        int i = 0;
        while (i < pieces.size()) {
            int end = runEnd(pieces, i);
            if (end > i && addresses(pieces, i, end) >= MIN_ADDRESSES) {
                for (int k = i; k < end; k++) {
                    pieces.get(k).drop(NAME, "list of links to other pages (title and address)");
                }
                i = end;
            } else {
                i++;
            }
        }
    }

    /** The index after the longest run of link-list chunks starting at {@code start}. */
    private static int runEnd(List<Piece> pieces, int start) {
        int k = start;
        while (k < pieces.size() && !pieces.get(k).isDropped()) {
            String text = pieces.get(k).text;
            if (UrlLineRule.isUrl(text) || isLabel(text)) {
                k++;
            } else if (k + 1 < pieces.size() && TitleRule.looksLikeTitle(text) && !isExclamation(text)
                    && !pieces.get(k + 1).isDropped() && UrlLineRule.isUrl(pieces.get(k + 1).text)) {
                k += 2;
            } else {
                break;
            }
        }
        return k;
    }

    private static int addresses(List<Piece> pieces, int start, int end) {
        int n = 0;
        for (int k = start; k < end; k++) {
            if (UrlLineRule.isUrl(pieces.get(k).text)) {
                n++;
            }
        }
        return n;
    }

    /** "Head over to the docs and the launch post to learn more!": the text's last call, over its link. */
    private static boolean isExclamation(String text) {
        return text.strip().endsWith("!") && Words.count(text) >= EXCLAMATION_WORDS;
    }

    /** "Additional Media:", "Related news:": a short label introducing a list. */
    static boolean isLabel(String text) {
        String t = text.strip();
        return t.endsWith(":") && Words.count(t) <= LABEL_WORDS;
    }
}
