package org.quire.ingest;

import java.util.List;
import java.util.Set;

/**
 * The first pass over a file's chunks: drops, one by one, the lines that are page furniture rather than
 * text (interface phrases, menus and breadcrumbs, feed separators and counters, dividers, page markers,
 * the site's own notices, contact footers, follow buttons, case records, credits, image file names and
 * alt texts, captions and photo credits), each with the rule's name and a reason; then the runs of such
 * lines (link lists, sidebar lists, contact blocks, boxes and promotions set in the text, lost links).
 */
final class PageFurniture {
    /**
     * Rules that drop from inside an article's running text, so what they leave is no gap between articles; a
     * post opened out past its "See more" toggle goes on under it.
     */
    private static final Set<String> INSIDE_TEXT = Set.of(CaptionRule.CAPTION, CaptionRule.CREDIT, ImageRule.FILE,
            ImageRule.LABEL, DividerRule.NAME, PageMarkerRule.NAME, SidebarBoxRule.NAME, InsertedPromoRule.NAME,
            FollowPromoRule.NAME, LinkLineRule.NAME, ContactBlockRule.NAME, CaseRecordRule.NAME, HashtagLineRule.NAME,
            LinkCardRule.SEPARATOR, InterfacePhraseRule.BACK_TO_TOP);

    private PageFurniture() {
    }

    /**
     * The piece was dropped from inside running text: a caption, an image name, a divider (not a rule across
     * the page, which sets articles apart), a page marker,
     * a box or promotion set into the text, a lost link, the post's contact block.
     */
    static boolean droppedInsideText(Piece p) {
        return p.isDropped() && INSIDE_TEXT.contains(p.drop.rule()) && !DividerRule.isRule(p.text);
    }

    static void drop(List<Piece> pieces) {
        InterfacePhraseRule phrases = InterfacePhraseRule.standard();
        long topLinks = pieces.stream().filter(p -> InterfacePhraseRule.isBackToTop(p.text)).count();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            String text = p.text;
            String phrase;
            String notice;
            if (LinkCardRule.isSeparator(text)) {
                p.drop(LinkCardRule.SEPARATOR, "feed's \"See More / See Less\" toggle ending a post");
            } else if (CaptionRule.isCredit(text)) {
                // Before the phrases: "©M. Crozet/ILO" is a picture's credit, set in the text, not the page's copyright.
                p.drop(CaptionRule.CREDIT, "photo credit");
            } else if (InsertedPromoRule.isRelatedLink(text)) {
                // Before the phrases: set between paragraphs, it leaves no gap in the text.
                p.drop(InsertedPromoRule.NAME, "a link to another article set into the text");
            } else if (InterfacePhraseRule.isBackToTop(text)) {
                // Printed after each section, it parts a long text's sections; printed once, it ends the page.
                p.drop(topLinks > 1 ? InterfacePhraseRule.BACK_TO_TOP : InterfacePhraseRule.NAME,
                        "a link back to the top of the page");
            } else if ((phrase = phrases.match(text)) != null) {
                p.drop(InterfacePhraseRule.NAME, "page interface: \"" + phrase + "\"");
            } else if (UrlLineRule.isShoutedDomain(text)) {
                p.drop(LinkCardRule.NAME, "a link card's domain, printed in capitals");
            } else if (LinkCardRule.endsWithCounter(text)) {
                p.drop(LinkCardRule.NAME, "like/share/comment counter of a feed card");
            } else if (HashtagLineRule.matches(text) && !HashtagLineRule.isTitleUnderSection(pieces, i)) {
                p.drop(HashtagLineRule.NAME, "the post's hashtags on a line of their own");
            } else if (FeedCounterRule.isCounterLine(text)) {
                p.drop(FeedCounterRule.NAME, "like/share/comment counter or reading time of a post");
            } else if (NavigationLineRule.matches(text)) {
                p.drop(NavigationLineRule.NAME, "a bar of links: menu, breadcrumb or paging");
            } else if (DividerRule.matches(text)) {
                p.drop(DividerRule.NAME, "a divider or icon, no words in it");
            } else if (PageMarkerRule.matches(text)) {
                p.drop(PageMarkerRule.NAME, "page marker or running head of the printed page");
            } else if ((notice = SiteNoticeRule.reason(text)) != null) {
                p.drop(SiteNoticeRule.NAME, notice);
            } else if (ContactBlockRule.isContactFooter(text)) {
                p.drop(ContactBlockRule.NAME, "contact footer: the publisher's name and e-mail in capitals");
            } else if (FollowPromoRule.matches(text, i + 1 < pieces.size() ? pieces.get(i + 1).text : null)) {
                p.drop(FollowPromoRule.NAME, "button to follow a topic on the site");
            } else if (CaseRecordRule.matches(text)) {
                p.drop(CaseRecordRule.NAME, "a person's case record (date of birth, file numbers): a form, not text");
            } else if (ProvenanceLineRule.matches(text)) {
                p.drop(ProvenanceLineRule.NAME, "where the text was first published or who commissioned it");
            } else if (CreditLineRule.matches(text)) {
                p.drop(CreditLineRule.NAME, "credit for translating, interviewing or reporting, not text");
            } else if (ImageRule.isFileName(text)) {
                p.drop(ImageRule.FILE, "image file name");
            } else if (ImageRule.isAltText(text)) {
                p.drop(ImageRule.LABEL, "image alt text: a few lower-case words alone on a line");
            } else if (CaptionRule.isUnderImage(pieces, i)) {
                p.drop(CaptionRule.CAPTION, "caption right under the image's file name");
            } else if (DonationAppealRule.matches(text)) {
                p.drop(DonationAppealRule.NAME, "the site's fundraising box, not the article");
            } else if (i + 1 < pieces.size() && CaptionRule.isRepeatedWithCredit(text, pieces.get(i + 1).text)
                    && CaptionRule.isCaption(pieces.get(i + 1).text)) {
                p.drop(CaptionRule.CAPTION, "caption, printed again below with its credit");
            } else if (CaptionRule.isCaption(text) && MetaLineRule.parse(text) == null) {
                p.drop(CaptionRule.CAPTION, "photo caption (ends with a credit, or a place and date)");
            }
        }
        LinkNumberRule.dropReferences(pieces);
        FeedCounterRule.dropCountRuns(pieces);
        MailSignatureRule.drop(pieces);
        MailHeaderRule.drop(pieces);
        RelatedLinksRule.drop(pieces);
        ListBoxRule.drop(pieces);
        ContactBlockRule.drop(pieces);
        SidebarBoxRule.drop(pieces);
        RuledBoxRule.drop(pieces);
        SignUpBoxRule.drop(pieces);
        CommentSectionRule.drop(pieces);
        LinkLineRule.drop(pieces);
        InsertedPromoRule.drop(pieces);
    }
}
