package org.quire.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The lines that tell an article's header from body text: a byline, the article's web address, a
 * date line (or another line of metadata without a name: issue, page, reading time), or a name above a
 * "Follow" button. A title-like line followed closely by one of these
 * opens an article.
 */
enum HeaderSignal {
    NONE, BYLINE, ADDRESS, DATE, FOLLOWED_NAME;

    private static final Set<String> FOLLOW_BUTTONS = Set.of("follow", "seguir", "suivre", "folgen", "seguire");

    static HeaderSignal of(List<Piece> pieces, int index, boolean inLinkCard) {
        Piece piece = pieces.get(index);
        if (piece.isDropped()) {
            return NONE;
        }
        String text = piece.text;
        MetaLineRule.Meta meta = MetaLineRule.parse(text);
        if (meta != null) {
            return meta.authors().isEmpty() ? DATE : BYLINE;
        }
        if (UrlLineRule.isUrl(text)) {
            // Under a card the bare domain is the card's; an address with a path is a post's own.
            return inLinkCard && UrlLineRule.isBareDomain(text) ? NONE : ADDRESS;
        }
        if (isNameAboveFollowButton(pieces, index)) {
            return FOLLOWED_NAME;
        }
        return NONE;
    }

    static boolean isFollowButton(String text) {
        return FOLLOW_BUTTONS.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean isNameAboveFollowButton(List<Piece> pieces, int index) {
        if (index + 1 >= pieces.size() || !BylineRule.looksLikeName(pieces.get(index).text)) {
            return false;
        }
        return isFollowButton(pieces.get(index + 1).text);
    }
}
