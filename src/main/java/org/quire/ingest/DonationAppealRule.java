package org.quire.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A site's fundraising box: "DONATE NOW …", "Your donations contribute to:", and the widget's counters
 * ("Goal: $5,000", "Raised: $4,120", "$3,000 by June 1:", "As of"); a short plea ("This site is reader-funded",
 * "chip in to keep us going"); and the publisher's appeal closing an
 * article, a paragraph at its end that asks for donations in more than one way ("please donate",
 * "support us", "apóyanos"). An article that itself asks for money for someone keeps
 * its sentences: its appeal is not at its end, or asks only once or twice.
 */
final class DonationAppealRule {
    static final String NAME = "donation-appeal";

    private static final Pattern COUNTER = Pattern.compile(
            "(?i)^(?:(?:goal|raised|donors|meta|recaudado|objetivo|donantes)\\s*:\\s*[$€£]?\\s*\\d[\\d.,]*"
                    + "|[$€£]\\s?\\d[\\d.,]*\\s+(?:by|for|de|para|hasta)\\b.{0,30}"
                    + "|as of|al día)\\s*:?\\s*$");
    private static final Pattern CALL = Pattern.compile(
            "^(?:\\[\\s*)?(?:DONATE|DONAR|DONA|Donate now|Dona ahora|Your donations|Tus donaciones|Sus donaciones"
                    + "|(?<=\\[\\s{0,2})(?:Donate|Donar|Dona)(?=\\s*\\]$))\\b");
    private static final int CALL_WORDS = 12;
    private static final Pattern ASK = Pattern.compile("(?iu)\\b(?:donat(?:e|ion|ions|ing)|donors?"
            + "|(?:your|financial) support|support us|we (?:depend|rely) on|donar|donaci[óo]n|donaciones|donantes"
            + "|ap[óo]yanos|tu apoyo|apoyo económico|dependemos de)\\b");
    private static final int APPEAL_WORDS = 150;
    private static final int APPEAL_ASKS = 3;
    private static final int CLOSING_REACH = 2;
    private static final int PARAGRAPH_WORDS = 8;

    private DonationAppealRule() {
    }

    /** "… is reader-funded", "a regular donation", "become a member": a call in one phrase. */
    private static final Pattern PLEA = Pattern.compile("(?iu)\\breader-(?:funded|supported)\\b"
            + "|\\b(?:small|monthly|one-time|regular)\\s+(?:monthly\\s+)?(?:gift|donation|contribution)s?\\b"
            + "|\\bchip in\\b|\\bkeeps? (?:it|us|this) (?:going|alive|free)\\b|\\bbecome a (?:paying |paid )?(?:member|patron|supporter)\\b"
            + "|\\bhazte soci[oa]\\b|\\bhaz una donación\\b|\\bpequeña donación\\b"
            + "|\\bgift of any (?:size|amount)\\b|\\bdonativo de cualquier (?:importe|cantidad)\\b");
    private static final int PLEA_WORDS = 45;
    /** "Like what we do? Support us through our fiscal host. Donate": an ask that ends in the button. */
    private static final Pattern ASK_WITH_BUTTON = Pattern.compile(
            "(?iu)\\b(?:support|apoya|apóyanos|ayúdanos)\\b.*\\b(?:donate|dona|donar)\\s*[→»›]?$");
    private static final int BUTTON_PLEA_WORDS = 20;

    static boolean matches(String text) {
        String t = text.strip();
        return COUNTER.matcher(t).matches() || (CALL.matcher(t).find() && Words.count(t) <= CALL_WORDS)
                || Words.count(t) <= PLEA_WORDS && PLEA.matcher(t).find()
                || Words.count(t) <= BUTTON_PLEA_WORDS && ASK_WITH_BUTTON.matcher(t).find();
    }

    /** Drops the article's last paragraph when it is the publisher's appeal for donations. */
    static void dropClosingAppeal(ArticleDraft draft) {
        List<Piece> kept = draft.body.stream().filter(p -> !p.isDropped()).toList();
        // The appeal may be followed by a paragraph of the page (the publisher's blurb) that no rule knew,
        // and by scraps too short to be paragraphs (a count, a label).
        int paragraphs = 0;
        for (int i = kept.size() - 1; i >= 1 && paragraphs < CLOSING_REACH; i--) {
            Piece p = kept.get(i);
            if (p.words() < PARAGRAPH_WORDS) {
                continue;
            }
            paragraphs++;
            if (p.words() <= APPEAL_WORDS && asks(p.text) >= APPEAL_ASKS) {
                p.drop(NAME, "the publisher's appeal for donations closing the article");
                return;
            }
        }
    }

    private static int asks(String text) {
        Matcher m = ASK.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
