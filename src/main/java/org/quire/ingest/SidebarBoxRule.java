package org.quire.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A box a news page sets inside an article: a heading from {@code ingest/box-headings.txt} ("What you
 * can do", "What else to read", "Qué puedes hacer") and the short paragraphs under it that send the
 * reader elsewhere: read this, visit that, call, send a cheque, an address. The first paragraph that
 * points nowhere is the article again, and the box ends there; a heading with no such paragraph under
 * it is left alone.
 */
final class SidebarBoxRule {
    static final String NAME = "sidebar-box";
    private static final InterfacePhraseRule HEADINGS = InterfacePhraseRule.load("/ingest/box-headings.txt");
    private static final int BOX_PARAGRAPH_WORDS = 70;
    private static final Pattern POINTER = Pattern.compile("(?iu)\\b(?:read|visit|go to|call|send|donate|contact"
            + "|subscribe|sign up|archive|more information|lee|lea|visita|visite|llama|llame|envía|envíe|dona|done"
            + "|contacta|suscríbete|archivo|más información)\\b|www\\.|https?://|@");

    private SidebarBoxRule() {
    }

    static void drop(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece heading = pieces.get(i);
            if (heading.isDropped() || HEADINGS.match(heading.text) == null) {
                continue;
            }
            int end = i + 1;
            while (end < pieces.size() && !pieces.get(end).isDropped() && pointsElsewhere(pieces.get(end))) {
                end++;
            }
            if (end > i + 1) {
                String why = "a box set in the article under \"" + heading.text.strip() + "\": pointers elsewhere";
                for (int k = i; k < end; k++) {
                    pieces.get(k).drop(NAME, why);
                }
                i = end - 1;
            }
        }
    }

    private static boolean pointsElsewhere(Piece p) {
        return p.words() <= BOX_PARAGRAPH_WORDS && POINTER.matcher(p.text).find();
    }
}
