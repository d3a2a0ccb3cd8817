package org.quire.ingest;

import java.util.List;

/**
 * Which of the title-like lines above a header signal is the title. The lines nearest the signal form
 * the title block; a line set off from the one below it by a blank line is not part of it. A short
 * label (kicker) marks the line under it as the title. Two lines without a label are a title and its
 * dek, or a supra-title and its title: the shorter one is the title (a dek explains, a supra-title sets
 * the scene; both run longer), the upper one when they are as long. But a short line the page prints
 * over other titles too labels the line under it ({@link PageLabels}), and a line of three words or fewer
 * over a longer one names its section or series ("Director's Blog", "Mentoring programme"): a title that
 * short rarely has a dek without a full stop. Longer lines are told apart by case before length: of a line
 * in title case and one in sentence case, the first is the title. Before all that, a line the page's table
 * of contents lists is the title.
 */
final class TitleBlock {
    private static final int SUPRA_WORDS = 3;

    private TitleBlock() {
    }

    /**
     * @param run indices of the kept chunks above the signal, top first, none of them a signal
     * @param labels the short lines the page prints more than once
     * @return the index of the title, or -1 when the run has no title-like line
     */
    static int choose(List<Piece> pieces, List<Integer> run, PageLabels labels) {
        int lower = run.size() - 1;
        while (lower >= 0 && !isTitleLike(pieces, run, lower)) {
            lower--;
        }
        if (lower < 0) {
            return -1;
        }
        int top = lower;
        while (top > 0 && isTitleLike(pieces, run, top - 1) && joined(pieces, run.get(top - 1), run.get(top))) {
            top--;
        }
        for (int m = top; m < lower; m++) {
            if (TitleRule.looksLikeKicker(pieces.get(run.get(m)).text)) {
                return firstNonKicker(pieces, run, m + 1, lower);
            }
        }
        if (TitleRule.looksLikeKicker(pieces.get(run.get(lower)).text)) {
            return -1;
        }
        if (top == lower) {
            return run.get(lower);
        }
        Piece upper = pieces.get(run.get(lower - 1));
        Piece nearest = pieces.get(run.get(lower));
        if (labels.isLabel(upper.text) != labels.isLabel(nearest.text)) {
            return labels.isLabel(upper.text) ? run.get(lower) : run.get(lower - 1);
        }
        if (TitleRule.repeats(upper.text, nearest.text) && Words.isAllCaps(upper.text) != Words.isAllCaps(nearest.text)) {
            // A section head in capitals over the same title in its own case: the title as written.
            return Words.isAllCaps(upper.text) ? run.get(lower) : run.get(lower - 1);
        }
        if (labels.isListed(upper.text) != labels.isListed(nearest.text)) {
            return labels.isListed(upper.text) ? run.get(lower - 1) : run.get(lower);
        }
        if (upper.words() > SUPRA_WORDS && Words.isTitleCase(upper.text) != Words.isTitleCase(nearest.text)
                && (Words.isSentenceCase(upper.text) || Words.isSentenceCase(nearest.text))) {
            // "New Report: Health in the Cities" over "Risks vary by city": the title is the line set in title case.
            return Words.isTitleCase(upper.text) ? run.get(lower - 1) : run.get(lower);
        }
        return nearest.words() < upper.words() || namesSection(upper) ? run.get(lower) : run.get(lower - 1);
    }

    /** A line of {@value #SUPRA_WORDS} words or fewer over another title-like line names its section or series. */
    static boolean namesSection(Piece upper) {
        return upper.words() <= SUPRA_WORDS;
    }

    private static int firstNonKicker(List<Piece> pieces, List<Integer> run, int from, int to) {
        for (int m = from; m <= to; m++) {
            if (!TitleRule.looksLikeKicker(pieces.get(run.get(m)).text)) {
                return run.get(m);
            }
        }
        return -1;
    }

    /** Title-like and no numbered interview question; the line nearest the signal may be a long headline. */
    private static boolean isTitleLike(List<Piece> pieces, List<Integer> run, int m) {
        String text = pieces.get(run.get(m)).text;
        return (TitleRule.looksLikeTitle(text) || (m == run.size() - 1 && TitleRule.looksLikeHeadline(text)))
                && InterviewRule.question(text) == null;
    }

    /** No blank line between the two chunks (dropped chunks between them count as nothing). */
    private static boolean joined(List<Piece> pieces, int upper, int lower) {
        for (int k = upper + 1; k <= lower; k++) {
            if (pieces.get(k).chunk.blanksBefore() > 0) {
                return false;
            }
        }
        return true;
    }
}
