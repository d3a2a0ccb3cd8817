package org.quire.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A "article" that is a heading with hardly any text under it is none: a page's name or menu, a list
 * of share buttons, a link to another article with its date, a supra-title split off its title. It has
 * no text at all under its header, or a few short lines that are no sentences (a menu, not prose; a
 * poem runs longer). Its lines are dropped.
 */
final class StubArticleRule {
    static final String NAME = "stub-article";
    /** Lines of a menu or a button list are this short; a paragraph of prose is longer. */
    static final int SHORT_LINE_WORDS = 10;
    /** Short lines of more words than this may be a poem; fewer are a menu. */
    static final int MENU_WORDS = 40;
    /** A sentence, however short, is prose: a few words closed by a full stop, question or exclamation mark. */
    private static final int SENTENCE_WORDS = 4;
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?…]$");

    private StubArticleRule() {
    }

    static void drop(List<ArticleDraft> drafts) {
        drafts.removeIf(StubArticleRule::dropIfStub);
    }

    /**
     * After the body's own rules ran: an article whose every line under the header went as a teaser, a
     * notice or a footer has no text, so its header was the page's too.
     */
    static boolean dropIfNoText(ArticleDraft draft) {
        if (draft.body.stream().anyMatch(p -> !p.isDropped())) {
            return false;
        }
        for (Piece p : draft.keptPieces()) {
            p.drop(NAME, "a heading whose lines under it were all the page's furniture: no article");
        }
        return draft.keptPieces().isEmpty();
    }

    private static boolean dropIfStub(ArticleDraft draft) {
        restoreLoneStandfirst(draft);
        List<Piece> body = draft.body.stream().filter(p -> !p.isDropped()).toList();
        int words = body.stream().mapToInt(Piece::words).sum();
        boolean onlyShortLines = body.stream().allMatch(p -> p.words() <= SHORT_LINE_WORDS && !isSentence(p.text));
        if (words > 0 && !(onlyShortLines && words <= MENU_WORDS)) {
            return false;
        }
        for (Piece p : draft.keptPieces()) {
            p.drop(NAME, "a heading with no text of its own under it (a page's name, a menu, a link to"
                    + " another article): no article");
        }
        // A line the editor keeps keeps its article.
        return draft.keptPieces().isEmpty();
    }

    /**
     * A post of one paragraph with its byline under it: the header took the paragraph for a standfirst and
     * left no prose in the body (tags at most). The paragraph is the text.
     */
    private static void restoreLoneStandfirst(ArticleDraft draft) {
        if (draft.subtitle == null || draft.body.stream()
                .anyMatch(p -> !p.isDropped() && (isSentence(p.text) || p.words() > SHORT_LINE_WORDS))) {
            return;
        }
        for (Piece p : draft.meta) {
            if (!p.isDropped() && isSentence(p.text) && HeaderReader.cleanTitle(p.text).equals(draft.subtitle)) {
                draft.meta.remove(p);
                draft.body.add(0, p);
                draft.subtitle = null;
                return;
            }
        }
    }

    private static boolean isSentence(String text) {
        return Words.count(text) >= SENTENCE_WORDS && ENDS_SENTENCE.matcher(Words.withoutClosers(text)).find();
    }
}
