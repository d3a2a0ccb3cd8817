package org.quire.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A newsletter's sign-up box set between articles: a heading ("THE MONTHLY LETTER"), a line or two about it,
 * the e-mail field and its button ("Your email address", "Subscribe"), perhaps a line of small print under
 * them. The field is an interface phrase already; this drops the button, the heading and blurb over them,
 * which would otherwise pass for a short article, and the small print set close under the button.
 */
final class SignUpBoxRule {
    private static final Pattern EMAIL_FIELD = Pattern.compile("(?iu)\\b(?:e-?mail(?: address)?|correo(?: electr[óo]nico)?)$");
    private static final Pattern BUTTON = Pattern.compile("(?iu)^(?:sign up|subscribe(?: now)?|join|suscr[ií]b\\p{L}*|apúntate)$");
    /** The heading and at most this many lines about the newsletter. */
    private static final int BLURB_PIECES = 2;
    private static final int BOX_LINE_WORDS = 30;
    private static final int SMALL_PRINT_WORDS = 20;

    private SignUpBoxRule() {
    }

    static void drop(List<Piece> pieces) {
        for (int i = 0; i + 1 < pieces.size(); i++) {
            if (!isField(pieces.get(i)) || !isButton(pieces.get(i + 1))) {
                continue;
            }
            dropInBox(pieces.get(i + 1));
            int heading = headingAbove(pieces, i);
            for (int k = heading; k >= 0 && k < i; k++) {
                dropInBox(pieces.get(k));
            }
            int under = i + 2;
            if (heading >= 0 && under < pieces.size() && isSmallPrint(pieces, under)) {
                dropInBox(pieces.get(under));
            }
        }
    }

    private static boolean isField(Piece p) {
        return p.isDropped() && EMAIL_FIELD.matcher(p.text.strip()).find() && p.words() <= 5;
    }

    private static boolean isButton(Piece p) {
        return p.chunk.blanksBefore() == 0 && BUTTON.matcher(p.text.strip()).matches();
    }

    /** The title-like line heading the box, a blurb of short lines at most between it and the field; else -1. */
    private static int headingAbove(List<Piece> pieces, int field) {
        for (int k = field - 1; k >= 0 && field - k <= BLURB_PIECES + 1; k--) {
            Piece p = pieces.get(k);
            if (p.isDropped() || p.words() > BOX_LINE_WORDS || pieces.get(k + 1).chunk.blanksBefore() > 1) {
                return -1;
            }
            if (TitleRule.looksLikeTitle(p.text) && (k == 0 || p.chunk.blanksBefore() > 0)) {
                return k;
            }
        }
        return -1;
    }

    /** A short line close under the button, then a wide gap or the page's end: the box's small print. */
    private static boolean isSmallPrint(List<Piece> pieces, int index) {
        Piece p = pieces.get(index);
        boolean gapAfter = index + 1 >= pieces.size() || pieces.get(index + 1).chunk.blanksBefore() >= 2;
        return !p.isDropped() && p.chunk.blanksBefore() <= 1 && p.words() <= SMALL_PRINT_WORDS && gapAfter;
    }

    private static void dropInBox(Piece p) {
        if (!p.isDropped() && p.mayDrop(SiteNoticeRule.NAME)) {
            p.drop(SiteNoticeRule.NAME, "the site's newsletter sign-up box: heading, blurb, e-mail field, button");
        }
    }
}
