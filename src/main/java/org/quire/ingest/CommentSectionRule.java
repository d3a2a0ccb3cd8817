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
    private static final int WRITER_WORDS = 5;
    private static final Pattern COUNTED = Pattern.compile("\\d");

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
            int first = i + 1;
            // "What are your thoughts?": the reply box's prompt, set close under the heading, over the comments.
            // Only under a heading that counts them: a bare "Comment" is a post's button.
            boolean prompt = first + 1 < pieces.size() && COUNTED.matcher(pieces.get(i).text).find()
                    && !pieces.get(first).isDropped() && pieces.get(first).chunk.blanksBefore() == 0
                    && pieces.get(first + 1).chunk.blanksBefore() == 1 && opensComment(pieces, first + 1);
            int start = prompt ? first + 1 : first;
            // Set apart by blank lines, each comment opens with its writer and the date it was posted.
            boolean spaced = pieces.get(start).chunk.blanksBefore() == 1 && opensComment(pieces, start);
            if (pieces.get(start).chunk.blanksBefore() > 0 && !spaced) {
                continue;
            }
            int k = first;
            while (k < pieces.size() && pieces.get(k).chunk.blanksBefore() <= (spaced ? 1 : 0)
                    && pieces.get(k).words() <= COMMENT_WORDS) {
                Piece p = pieces.get(k);
                if (spaced && k > start && p.chunk.blanksBefore() == 1 && !p.isDropped() && !opensComment(pieces, k)) {
                    break; // a block that opens with no writer and date is the page's again
                }
                if (!p.isDropped() && p.mayDrop(NAME)) {
                    p.drop(NAME, "readers' comments under the article");
                }
                k++;
            }
            i = k - 1;
        }
    }

    /** "Ana Lima — May 3, 2021", or a short name with the date right under it: a comment's first line. */
    private static boolean opensComment(List<Piece> pieces, int k) {
        if (DateRule.find(pieces.get(k).text) != null) {
            return true;
        }
        // A post's day and time under a name ("June 5 at 9:30 AM · 🌐") opens the feed's next post, no comment.
        return k + 1 < pieces.size() && pieces.get(k + 1).chunk.blanksBefore() == 0 && pieces.get(k).words() <= WRITER_WORDS
                && DateRule.find(pieces.get(k + 1).text) != null && !FeedPostRule.isPostTime(pieces.get(k + 1).text);
    }
}
