package org.quire.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A box the page sets between two rules across it, holding a sign-up form or an appeal ("THE LETTER",
 * a line about it, "Email Address", "Sign Up"): the site's, not an article's. The form's buttons mark
 * it; a box of short lines only, none of them a paragraph of an article.
 */
final class RuledBoxRule {
    /** A box is a handful of lines; further apart, two rules frame articles. */
    private static final int BOX_PIECES = 8;
    private static final int BOX_LINE_WORDS = 30;
    private static final Pattern FORM_BUTTON = Pattern.compile("(?iu)\\b(?:sign up|subscribe|suscr[ií]b\\p{L}*"
            + "|e-?mail address|your e-?mail|correo electr[óo]nico|tu correo|donate|dona(?:r|ción)?|give)\\b");

    private RuledBoxRule() {
    }

    static void drop(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            if (!isRule(pieces.get(i))) {
                continue;
            }
            int end = i + 1;
            while (end < pieces.size() && end - i <= BOX_PIECES && !isRule(pieces.get(end))) {
                end++;
            }
            if (end < pieces.size() && end - i <= BOX_PIECES && end > i + 1 && isForm(pieces.subList(i + 1, end))) {
                for (Piece p : pieces.subList(i + 1, end)) {
                    if (!p.isDropped() && p.mayDrop(SiteNoticeRule.NAME)) {
                        p.drop(SiteNoticeRule.NAME, "the site's sign-up or appeal box, set between two rules");
                    }
                }
                i = end - 1;
            }
        }
    }

    private static boolean isRule(Piece p) {
        return p.isDropped() && DividerRule.NAME.equals(p.drop.rule()) && DividerRule.isRule(p.text);
    }

    private static boolean isForm(List<Piece> box) {
        boolean button = false;
        for (Piece p : box) {
            if (p.words() > BOX_LINE_WORDS) {
                return false;
            }
            button |= p.isDropped() && FORM_BUTTON.matcher(p.text).find();
        }
        return button;
    }
}
