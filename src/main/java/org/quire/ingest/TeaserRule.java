package org.quire.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A heading with nothing under it, straight before another heading or at the article's end: a teaser
 * linking to another page ("Watch: …"), not a section of this article. Two things look like such
 * headings and are not: the heading of the article's notes ("Notes", "Notas"), and a line of some length
 * with a blank line above it that runs on into the next line with no blank between: a paragraph broken
 * in two, whose halves only look like headings.
 */
final class TeaserRule {
    static final String NAME = "teaser";
    /** A broken-off line is a good part of a sentence; a label or tag over the next line is shorter. */
    private static final int RUN_ON_WORDS = 6;
    private static final Pattern NOTES_HEADING = Pattern.compile(
            "(?iu)^(?:notes|notas|footnotes|endnotes|notas al pie|references|referencias|sources|fuentes"
                    + "|bibliography|bibliografía)\\s*:?$");

    private TeaserRule() {
    }

    static void drop(ArticleDraft draft) {
        List<Piece> kept = draft.body.stream().filter(p -> !p.isDropped()).toList();
        for (int i = 0; i < kept.size(); i++) {
            Piece heading = kept.get(i);
            Piece next = i + 1 < kept.size() ? kept.get(i + 1) : null;
            Piece afterNext = i + 2 < kept.size() ? kept.get(i + 2) : null;
            if (!looksLikeHeading(heading, next)) {
                continue;
            }
            boolean headsNotes = next == null && !draft.noteChunks.isEmpty()
                    && NOTES_HEADING.matcher(heading.text.strip()).matches();
            boolean teaser = next == null ? !headsNotes : looksLikeHeading(next, afterNext);
            if (teaser) {
                heading.drop(NAME, "heading with no text under it: a teaser for another page");
            }
        }
    }

    private static boolean looksLikeHeading(Piece p, Piece next) {
        boolean runsOn = p.chunk.blanksBefore() > 0 && next != null && next.chunk.blanksBefore() == 0
                && p.words() >= RUN_ON_WORDS;
        return BodyBuilder.isHeading(p.text) && !TitleRule.isNumbered(p.text) && !runsOn
                && MetaLineRule.parse(p.text) == null;
    }
}
