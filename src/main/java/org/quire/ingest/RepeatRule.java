package org.quire.ingest;

import java.util.List;

/**
 * What a page prints twice inside an article: the title again under the header, the byline again at
 * the end ("By Name|date"), a paragraph repeated as a teaser in capitals or cut short with "…" (a link
 * card's teaser), and a sentence repeated as a
 * pull quote ({@link PullQuoteRule}), and the author credited again at the end ({@link CreditLineRule}).
 * The later, shouting or shorter copy is dropped; the text is kept once.
 */
final class RepeatRule {
    static final String TITLE = "title-repeat";
    static final String BYLINE = "byline-repeat";
    static final String TEXT = "text-repeat";
    private static final int TITLE_REACH = 4;
    private static final int TEASER_PREFIX = 60;

    private RepeatRule() {
    }

    static void drop(ArticleDraft draft) {
        List<Piece> body = draft.body.stream().filter(p -> !p.isDropped()).toList();
        for (int i = 0; i < body.size(); i++) {
            Piece p = body.get(i);
            if (i < TITLE_REACH && draft.title != null && TitleRule.repeats(draft.title, p.text)) {
                p.drop(TITLE, "the title again, as the page repeats it");
                continue;
            }
            MetaLineRule.Meta byline = MetaLineRule.parse(p.text);
            if (byline != null && !byline.authors().isEmpty() && !draft.authors.isEmpty()
                    && draft.authors.containsAll(byline.authors())) {
                p.drop(BYLINE, "the byline again");
                continue;
            }
            if (Words.isAllCaps(p.text) && repeatsAnother(p, body)) {
                p.drop(TEXT, "a paragraph of the article repeated in capitals as a teaser");
            } else if (isCutShortCopy(p, body.subList(0, i))) {
                p.drop(TEXT, "the start of a paragraph above, cut short with \"…\": a link card's teaser");
            }
        }
        PullQuoteRule.drop(draft);
        CreditLineRule.readAuthorCredit(draft);
    }

    /** "The first words of a paragraph above…": a teaser that repeats text the article already has. */
    private static boolean isCutShortCopy(Piece p, List<Piece> above) {
        String t = p.text.strip();
        if (!t.endsWith("…") && !t.endsWith("...")) {
            return false;
        }
        String start = Words.normalized(t);
        if (start.length() < TEASER_PREFIX / 2) {
            return false;
        }
        return above.stream().anyMatch(o -> {
            String other = Words.normalized(o.text);
            return other.length() > start.length() && other.startsWith(start);
        });
    }

    private static boolean repeatsAnother(Piece caps, List<Piece> body) {
        String shout = Words.normalized(caps.text);
        if (shout.length() < TEASER_PREFIX) {
            return false;
        }
        String prefix = shout.substring(0, TEASER_PREFIX);
        for (Piece other : body) {
            if (other != caps && !Words.isAllCaps(other.text) && Words.normalized(other.text).contains(prefix)) {
                return true;
            }
        }
        return false;
    }
}
