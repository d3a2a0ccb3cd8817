package org.quire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {
    static List<Piece> pieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        for (Chunk chunk : ParagraphGrouper.group(LineDecoder.decode(text))) {
            pieces.add(new Piece(chunk));
        }
        return pieces;
    }

    static String rule(Piece p) {
        return p.drop == null ? null : p.drop.rule();
    }

    @Test
    void interfacePhrasesInSeveralLanguages() {
        InterfacePhraseRule rule = InterfacePhraseRule.standard();
        assertEquals("skip to main content", rule.match("Skip to main content"));
        assertEquals("seguir", rule.match("Seguir"));
        assertEquals("share", rule.match("Share:"));
        assertNull(rule.match("Share the wealth, said the speaker."));
        assertEquals("reposted this", rule.match("Harbour Union Local reposted this"));
        assertEquals("feed post", rule.match("Feed post"));
        assertEquals("buscar en facebook", rule.match("Buscar en Facebook"));
        assertEquals("blogthis", rule.match("BlogThis!"));
    }

    @Test
    void furnitureIsDroppedWithItsRule() {
        List<Piece> pieces = pieces("""
                Skip to main content

                A Heading Of Some Article

                Body text of the article, long enough to be a real paragraph of prose.

                banner photo

                header-image.png

                Dockers march past the harbour gates, Lisbon, June 4, 2019.

                Dockers march past the harbour gates, Lisbon, June 4, 2019.   Photo: Staff

                Foto: Pat Doe

                … See MoreSee Less

                - Likes: 3
                """);
        PageFurniture.drop(pieces);
        List<String> rules = pieces.stream().map(PageFurnitureTest::rule).toList();
        assertEquals(java.util.Arrays.asList(InterfacePhraseRule.NAME, null, null, ImageRule.LABEL, ImageRule.FILE,
                CaptionRule.CAPTION, CaptionRule.CAPTION, CaptionRule.CREDIT, LinkCardRule.SEPARATOR, LinkCardRule.NAME),
                rules);
    }

    @Test
    void aSignUpBoxBetweenTwoRulesIsTheSites() {
        List<Piece> pieces = pieces("""
                The strike ended on the ninth day, when the port authority signed the agreement at last.

                ────────────────────
                THE DOCK LETTER
                One long read a week, straight from the union hall.
                Email Address
                Sign Up
                ────────────────────

                Dockers Return To Work
                """);
        PageFurniture.drop(pieces);
        assertEquals(java.util.Arrays.asList(null, "divider", "site-notice", "site-notice", "interface-phrase",
                "interface-phrase", "divider", null), pieces.stream().map(PageFurnitureTest::rule).toList());
    }

    @Test
    void theReadersCommentsUnderTheirCountAreDropped() {
        List<Piece> pieces = pieces("""
                The port authority said it would inspect every crane before work resumed.

                2 comments
                Ana Torres
                17/02/1990 at 09:12
                Proud of the night shift. They held the line for all of us.
                Reply · 6
                Ben Ruiz
                Reply

                Harbour Bulletin · About · Contact
                """);
        PageFurniture.drop(pieces);
        assertEquals(null, rule(pieces.get(0)));
        assertTrue(pieces.stream().filter(p -> p.text.contains("night shift")).allMatch(p -> p.isDropped()));
        assertEquals(CommentSectionRule.NAME, rule(pieces.stream().filter(p -> p.text.contains("held the line")).findFirst().get()));
    }

    @Test
    void commentsSetApartByBlankLinesAndAnAdvertUnderItsLabelAreDropped() {
        List<Piece> pieces = pieces("""
                The port authority said it would inspect every crane before work resumed.

                PUBLICIDAD
                Harbour Evening School 1990 · Enrolment open · More information

                The inspections began on the north quay and took three weeks.

                Comentarios (2)

                Ana T. · 6/02/1990 11:02
                Proud of the night shift. They held the line for all of us.
                Responder · Me gusta (5)

                Ben R. · 12/02/1990 18:40
                Will the south quay be next?
                Responder
                """);
        PageFurniture.drop(pieces);
        assertEquals(InsertedPromoRule.NAME, rule(pieces.get(2)));
        assertEquals(null, rule(pieces.get(3)), "the text after the advert stays");
        assertTrue(pieces.stream().filter(p -> p.text.contains("south quay")).allMatch(Piece::isDropped));
        assertEquals(CommentSectionRule.NAME, rule(pieces.stream().filter(p -> p.text.contains("held the line")).findFirst().get()));
    }

    @Test
    void relatedLinksNeedTwoAddresses() {
        List<Piece> pieces = pieces("""
                Further viewing:
                A First Video Title
                youtu.be/abc123
                A Second Video Title
                example.org/second-video
                """);
        PageFurniture.drop(pieces);
        assertEquals(5, pieces.stream().filter(p -> RelatedLinksRule.NAME.equals(rule(p))).count());

        List<Piece> single = pieces("""
                A Post Title
                example.org/a-post-title/
                The post's text follows here and goes on for a sentence or two.
                """);
        PageFurniture.drop(single);
        assertEquals(0, single.stream().filter(Piece::isDropped).count());

        List<Piece> lastCall = pieces("""
                Head over to the union's site and read the full report to learn more!
                example.org/report
                example.org
                """);
        PageFurniture.drop(lastCall);
        assertFalse(lastCall.get(0).isDropped(), "an exclamation over the links is the text's last sentence");
    }

    @Test
    void aSignUpBoxsHeadingAndBlurbGoWithItsFieldButNotAParagraphAboveIt() {
        List<Piece> pieces = pieces("""
                The crane drivers will meet again on Friday.

                📬 The Quay Letter
                Once a month: meetings and readings.
                Tu correo electrónico
                Suscribirme


                The inspections began on the north quay and took three weeks.
                Your email address
                Subscribe
                """);
        PageFurniture.drop(pieces);
        assertEquals(null, rule(pieces.get(0)));
        assertEquals(SiteNoticeRule.NAME, rule(pieces.get(1)));
        assertEquals(SiteNoticeRule.NAME, rule(pieces.get(2)));
        assertEquals(SiteNoticeRule.NAME, rule(pieces.get(4)));
        assertEquals(null, rule(pieces.get(5)), "no heading over the field: the text above it stays");
    }

    @Test
    void aStorysAgeUnderItsTitleKeepsTheRelatedListGoing() {
        List<Piece> pieces = pieces("""
                MORE FROM DATA
                Rent map: who pays more than half of what they earn
                2 hours ago
                School rolls fall for the third year
                Yesterday
                The valley is in severe drought
                3 days ago
                """);
        PageFurniture.drop(pieces);
        assertTrue(pieces.stream().allMatch(Piece::isDropped));
        assertEquals(ListBoxRule.NAME, rule(pieces.get(5)));
    }
}
