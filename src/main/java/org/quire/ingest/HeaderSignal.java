package org.quire.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The lines that tell an article's header from body text: a byline, the article's web address, a
 * date line (or another line of metadata without a name: issue, page, reading time), or a name above a
 * "Follow" button or right above the date line. A title-like line followed closely by one of these
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
            if (MetaLineRule.isPostFooter(text)) {
                return NONE;
            }
            return meta.authors().isEmpty() ? DATE : BYLINE;
        }
        if (isTitled(pieces, index) && MetaLineRule.namesBesideDate(text) != null) {
            return BYLINE;
        }
        if (UrlLineRule.isUrl(text)) {
            // Under a card the bare domain is the card's; an address with a path is a post's own.
            return inLinkCard && UrlLineRule.isBareDomain(text) ? NONE : ADDRESS;
        }
        if (isNameAboveFollowButton(pieces, index) || isNameAboveDate(pieces, index)) {
            return FOLLOWED_NAME;
        }
        return NONE;
    }

    /** Right under a title-like line, no blank line between. */
    private static boolean isTitled(List<Piece> pieces, int index) {
        return index > 0 && pieces.get(index).chunk.blanksBefore() == 0 && !pieces.get(index - 1).isDropped()
                && TitleRule.looksLikeTitle(pieces.get(index - 1).text);
    }

    static boolean isFollowButton(String text) {
        return FOLLOW_BUTTONS.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * "Ana Lima" over "May 21, 2012 • 3 min read", no blank line between, and running text after them: a
     * byline without its "by". (A link's title over its date, in a list of other stories, has no text under it; a
 * title under its kicker is a title.)
     */
    private static boolean isNameAboveDate(List<Piece> pieces, int index) {
        if (index + 2 >= pieces.size() || !BylineRule.looksLikeName(pieces.get(index).text) || underKicker(pieces, index)) {
            return false;
        }
        Piece next = pieces.get(index + 1);
        if (next.isDropped() || next.chunk.blanksBefore() > 0) {
            return false;
        }
        MetaLineRule.Meta meta = MetaLineRule.parse(next.text);
        return meta != null && meta.authors().isEmpty() && meta.date() != null && proseAfter(pieces, index + 2);
    }

    /** A label right above ("📌 From the archive", "NEWS") marks the line as a title, not a name. */
    private static boolean underKicker(List<Piece> pieces, int index) {
        Piece above = index > 0 ? pieces.get(index - 1) : null;
        boolean kept = above != null && (!above.isDropped() || HeaderReader.KICKER.equals(above.drop.rule()));
        return kept && pieces.get(index).chunk.blanksBefore() == 0 && TitleRule.looksLikeKicker(above.text);
    }

    private static final int PROSE_WORDS = 15;

    private static boolean proseAfter(List<Piece> pieces, int from) {
        for (int j = from; j < pieces.size(); j++) {
            if (!pieces.get(j).isDropped()) {
                return pieces.get(j).words() >= PROSE_WORDS;
            }
        }
        return false;
    }

    private static boolean isNameAboveFollowButton(List<Piece> pieces, int index) {
        if (index + 1 >= pieces.size() || !BylineRule.looksLikeName(pieces.get(index).text)) {
            return false;
        }
        return isFollowButton(pieces.get(index + 1).text);
    }
}
