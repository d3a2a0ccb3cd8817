package org.quire.ingest;

import java.util.List;

/**
 * The first pass over a file's chunks: drops, one by one, the lines that are page furniture rather than
 * text (interface phrases, feed separators and counters, image file names and alt texts, captions and
 * photo credits), each with the rule's name and a reason.
 */
final class PageFurniture {
    private PageFurniture() {
    }

    static void drop(List<Piece> pieces) {
        InterfacePhraseRule phrases = InterfacePhraseRule.standard();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            String text = p.text;
            String phrase;
            if (LinkCardRule.isSeparator(text)) {
                p.drop(LinkCardRule.SEPARATOR, "feed's \"See More / See Less\" toggle ending a post");
            } else if ((phrase = phrases.match(text)) != null) {
                p.drop(InterfacePhraseRule.NAME, "page interface: \"" + phrase + "\"");
            } else if (LinkCardRule.endsWithCounter(text)) {
                p.drop(LinkCardRule.NAME, "like/share/comment counter of a feed card");
            } else if (ImageRule.isFileName(text)) {
                p.drop(ImageRule.FILE, "image file name");
            } else if (ImageRule.isAltText(text)) {
                p.drop(ImageRule.LABEL, "image alt text: a few lower-case words alone on a line");
            } else if (DonationAppealRule.matches(text)) {
                p.drop(DonationAppealRule.NAME, "the site's fundraising box, not the article");
            } else if (CaptionRule.isCredit(text)) {
                p.drop(CaptionRule.CREDIT, "photo credit");
            } else if (i + 1 < pieces.size() && CaptionRule.isRepeatedWithCredit(text, pieces.get(i + 1).text)
                    && CaptionRule.isCaption(pieces.get(i + 1).text)) {
                p.drop(CaptionRule.CAPTION, "caption, printed again below with its credit");
            } else if (CaptionRule.isCaption(text)) {
                p.drop(CaptionRule.CAPTION, "photo caption (ends with a credit, or a place and date)");
            }
        }
        RelatedLinksRule.drop(pieces);
    }
}
