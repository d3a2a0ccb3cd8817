package org.quire.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The readers' comments under an article: a heading that counts them ("4 comentarios", "Comments (12)")
 * and, set close under it, the comments themselves (names, dates, "Reply" buttons, what readers wrote).
 * They end at the first blank line, or, where the comments are set apart by single blank lines (each
 * opening with its writer and date), at the first wider gap; what a page sets apart after them is its footer.
 */
final class CommentSectionRule {
    static final String NAME = "comments";
    private static final Pattern HEADING = Pattern.compile("(?iu)^(?:\\d+\\s+)?(?:comments?|comentarios?|responses|replies"
            + "|respuestas|reader comments|comentarios de (?:los )?lectores)(?:\\s*\\(\\d+\\))?\\s*:?$");

    /** A comment is a few sentences; a longer paragraph is the article's again. */
    private static final int COMMENT_WORDS = 120;

    private CommentSectionRule() {
    }

    static boolean isHeading(String text) {
        return HEADING.matcher(text.strip()).matches();
    }

    static void drop(List<Piece> pieces) {
        for (int i = 0; i + 1 < pieces.size(); i++) {
            if (!isHeading(pieces.get(i).text)) {
                continue;
            }
            // Set apart by blank lines, each comment opens with its writer and the date it was posted.
            boolean spaced = pieces.get(i + 1).chunk.blanksBefore() == 1 && DateRule.find(pieces.get(i + 1).text) != null;
            if (pieces.get(i + 1).chunk.blanksBefore() > 0 && !spaced) {
                continue;
            }
            int k = i + 1;
            while (k < pieces.size() && pieces.get(k).chunk.blanksBefore() <= (spaced ? 1 : 0)
                    && pieces.get(k).words() <= COMMENT_WORDS) {
                Piece p = pieces.get(k);
                if (!p.isDropped() && p.mayDrop(NAME)) {
                    p.drop(NAME, "readers' comments under the article");
                }
                k++;
            }
            i = k - 1;
        }
    }
}
