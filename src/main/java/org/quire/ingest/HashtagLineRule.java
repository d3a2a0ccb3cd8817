package org.quire.ingest;

import java.util.List;
import java.util.regex.Pattern;

/** "#ports #strikes": a post's hashtags on a line of their own are the feed's index, not the text. */
final class HashtagLineRule {
    static final String NAME = "hashtags";
    private static final Pattern TAGS = Pattern.compile("^#[\\p{L}\\p{N}_]+(?:[\\s,]+#[\\p{L}\\p{N}_]+)*$");

    private HashtagLineRule() {
    }

    static boolean matches(String text) {
        return TAGS.matcher(text.strip()).matches();
    }

    /**
     * "#LogOff" right under a short section label ("Night shifts"), no blank line between: one tag
     * set as a title, not a post's index, which closes its text.
     */
    static boolean isTitleUnderSection(List<Piece> pieces, int i) {
        Piece p = pieces.get(i);
        if (i == 0 || p.chunk.blanksBefore() > 0 || p.text.strip().contains(" ")) {
            return false;
        }
        Piece above = pieces.get(i - 1);
        return !above.isDropped() && TitleRule.looksLikeTitle(above.text) && TitleBlock.namesSection(above);
    }
}
