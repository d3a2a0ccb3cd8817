package org.quire.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What ingest changed in one article, said in words for the book's sources page: a reader of an
 * anthology made from web pages is owed an account of what was taken out and what was mended.
 */
final class EditLog {
    /** Rules grouped under the phrase a reader understands; rules not listed are named as they are. */
    private static final Map<String, String> REMOVED = new LinkedHashMap<>();

    static {
        group("photo captions, credits and image names", CaptionRule.CAPTION, CaptionRule.CREDIT, ImageRule.FILE,
                ImageRule.LABEL);
        group("link cards and feed buttons", LinkCardRule.NAME, LinkCardRule.SEPARATOR, FeedCounterRule.NAME,
                HashtagLineRule.NAME);
        group("web page interface", InterfacePhraseRule.NAME, InterfacePhraseRule.BACK_TO_TOP, HeaderReader.KICKER, ArticleSplitter.PAGE_HEADER,
                ArticleSplitter.LETTERHEAD,
                ArticleSplitter.PAGE_LINE,
                NavigationLineRule.NAME, DividerRule.NAME, FeedPostRule.NAME, StubArticleRule.NAME);
        group("page markers and running heads of the print edition", PageMarkerRule.NAME);
        group("the site's notices (cookies, licence, newsletter)", SiteNoticeRule.NAME);
        group("credits for translation, interview and reporting", CreditLineRule.NAME);
        group("notes on where the text was first published", ProvenanceLineRule.NAME);
        group("fundraising appeals", DonationAppealRule.NAME);
        group("the site's footer", SiteFooterRule.NAME);
        group("links and teasers for other pages", RelatedLinksRule.NAME, TeaserRule.NAME, ListBoxRule.NAME,
                SidebarBoxRule.NAME, LinkLineRule.NAME);
        group("repeats of the title, byline or text", RepeatRule.TITLE, RepeatRule.BYLINE, RepeatRule.TEXT,
                HeaderReader.TITLE_REPEAT, PullQuoteRule.NAME);
        group("the publisher's contact details", ContactBlockRule.NAME);
        group("e-mail signatures and headers", MailSignatureRule.NAME, MailHeaderRule.NAME);
        group("follow buttons and promotions", FollowPromoRule.NAME, InsertedPromoRule.NAME);
        group("readers' comments", CommentSectionRule.NAME);
        group("a person's case record (date of birth, file numbers)", CaseRecordRule.NAME);
        group("passages the editor left out", SidecarLines.RULE);
    }

    private static void group(String phrase, String... rules) {
        for (String rule : rules) {
            REMOVED.put(rule, phrase);
        }
    }

    private EditLog() {
    }

    /**
     * @param dropped the pieces dropped between the article's first line and the next article's: what
     *                the page put in and around this article (page furniture above the first article
     *                belongs to no article)
     * @param linkNumbersByLine a text browser's link numbers taken out of each input line ({@link LinkNumberRule})
     */
    static List<String> of(ArticleDraft draft, List<Piece> dropped, Map<Integer, Integer> linkNumbersByLine) {
        List<String> edits = new ArrayList<>();
        Map<String, Integer> removedLines = new LinkedHashMap<>();
        for (Piece p : dropped) {
            removedLines.merge(REMOVED.getOrDefault(p.drop.rule(), p.drop.rule()), p.chunk.lines().size(), Integer::sum);
        }
        int rejoined = 0;
        int linkNumbers = 0;
        boolean retyped = false;
        for (Piece p : draft.keptPieces()) {
            rejoined += p.chunk.lines().size() > 1 ? 1 : 0;
            linkNumbers += p.chunk.lines().stream().mapToInt(n -> linkNumbersByLine.getOrDefault(n, 0)).sum();
            retyped |= !Typography.apply(p.text).equals(p.text);
        }
        removedLines.forEach((what, lines) -> edits.add(what + " removed (" + lines + (lines == 1 ? " line)" : " lines)")));
        if (rejoined > 0) {
            edits.add("hard-wrapped lines rejoined (" + rejoined + (rejoined == 1 ? " paragraph)" : " paragraphs)"));
        }
        if (linkNumbers > 0) {
            edits.add("a text browser's link numbers taken out (" + linkNumbers + ")");
        }
        if (!draft.notes.isEmpty()) {
            int n = draft.notes.size();
            edits.add(n + (n == 1 ? " footnote" : " footnotes") + " linked to the words that call them");
        }
        if (retyped) {
            edits.add("quotation marks, dashes and ellipses set typographically");
        }
        if (draft.titleByEditor) {
            edits.add("title supplied by the editor");
        }
        if (draft.workingTitle) {
            edits.add("no title in the source: working title from the first words");
        }
        if (edits.isEmpty()) {
            edits.add("text as found; only its layout set for the book");
        }
        return edits;
    }
}
