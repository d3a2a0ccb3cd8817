package org.quire.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A promotion the page set into an article: "Meet the authors at the book fair on May 3. More info:
 * visit www.example.org." It is told by three things together: it sends the reader to a web address, it says
 * so ("for more information", "visit", "más información"), and it is laid out unlike the text around
 * it, one long unbroken line between paragraphs wrapped at a fixed width.
 */
final class InsertedPromoRule {
    static final String NAME = "inserted-promo";
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\bwww\\.|https?://");
    private static final Pattern POINTER = Pattern.compile(
            "(?iu)\\b(?:for more information|more info|go to|visit|más información|más info|visita|visite|entra en)\\b");
    /** Wrapped lines are at most this long; an unbroken paragraph is longer. */
    private static final int WRAP_WIDTH = 100;
    private static final int PROMO_WORDS = 70;
    private static final Pattern RELATED = Pattern.compile(
            "(?iu)^(?:related|read also|see also|relacionados?|lee también|leé también|te puede interesar)\\s*:\\s*\\S");
    private static final int RELATED_WORDS = 25;

    private InsertedPromoRule() {
    }

    /**
     * "PUBLICIDAD", "Advertisement": the label a page prints over an advertisement set into the text ("Anuncio" is as
     * often an announcement's kicker).
     */
    private static final Pattern AD_LABEL = Pattern.compile("(?iu)^(?:advertisement|advert|publicidad|sponsored"
            + "|patrocinado|contenido patrocinado)$");
    private static final int AD_WORDS = 30;

    static void drop(List<Piece> pieces) {
        for (int i = 0; i + 1 < pieces.size(); i++) {
            Piece label = pieces.get(i);
            Piece ad = pieces.get(i + 1);
            if (AD_LABEL.matcher(label.text.strip()).matches() && ad.chunk.blanksBefore() == 0 && ad.words() <= AD_WORDS) {
                for (Piece p : List.of(label, ad)) {
                    if (p.mayDrop(NAME)) {
                        p.drop(NAME, "an advertisement set into the text, under its label");
                    }
                }
            }
        }
        for (int i = 1; i + 1 < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (!p.isDropped() && isPromo(p.text) && isUnbroken(p) && isWrapped(pieces.get(i - 1))
                    && isWrapped(pieces.get(i + 1))) {
                p.drop(NAME, "a promotion set into the text: an address to visit, on a line of its own layout");
            }
        }
    }

    /** "Related: Another Story", "Lee también: Otra nota": a link to another article set between paragraphs. */
    static boolean isRelatedLink(String text) {
        return RELATED.matcher(text.strip()).find() && Words.count(text) <= RELATED_WORDS;
    }

    static boolean isPromo(String text) {
        return Words.count(text) <= PROMO_WORDS && ADDRESS.matcher(text).find() && POINTER.matcher(text).find();
    }

    private static boolean isUnbroken(Piece p) {
        return p.chunk.lines().size() == 1 && p.text.length() > WRAP_WIDTH;
    }

    private static boolean isWrapped(Piece p) {
        return !p.isDropped() && p.chunk.lines().size() >= 2;
    }
}
