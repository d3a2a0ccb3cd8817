package org.quire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Noise rules that look at more than one line: pull quotes, contact blocks, teasers; and promos and records. */
class NoiseBlockRulesTest {
    private static final String PARAGRAPH = "The dockers met at dawn and voted to stay out. Nobody in the hall "
            + "expected the port authority to give in so soon, but by noon the offer was on the table and "
            + "the pickets went home to sleep.";

    private static final String DIGEST = """
            Harbour News digest, Vol 3, Issue 7

            Send news mailing list submissions to the list address. To subscribe or unsubscribe via the web, visit
            the list's page, or send a message with subject or body 'help' to the request address.

            Today's Topics:

               1. Port Awards Crane Maintenance Contract

            ----------------------------------------------------------------------

            Message: 1
            Date: Wed, 31 Jan 2007 14:06:37 -0500
            From: Harbour News <news at harbour.example>
            Subject: [news] Port Awards Crane Maintenance
            	Contract
            To: news at harbour.example

            Jan. 31, 2007

            Ana Lima
            Harbour Office, Northport
            555-014-0668

            CONTRACT RELEASE: C07-03

            PORT AWARDS CRANE MAINTENANCE CONTRACT

            NORTHPORT, Md. - The port has selected a local firm to maintain the cranes at the northern docks for
            the next five years, the harbour office said on Wednesday.

            The contract begins in February and covers all eleven cranes, including the two that failed last winter.
            """;

    @Test
    void aDigestsMailHeaderAndPressContactsGoAndTheTitleAboveTheDatelineIsFound() {
        IngestResult result = Ingest.ingest("digest.txt", DIGEST);
        List<org.quire.model.ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        org.quire.model.ArticleMeta release = metas.get(metas.size() - 1);
        assertEquals("PORT AWARDS CRANE MAINTENANCE CONTRACT", release.title());
        assertEquals("2007-01-31", release.date());
        assertEquals(MailHeaderRule.NAME, ArticleSplitterTest.ruleOfLine(result.report(), 16), "a folded field line");
        assertEquals(ContactBlockRule.NAME, ArticleSplitterTest.ruleOfLine(result.report(), 21));
        assertEquals(ContactBlockRule.NAME, ArticleSplitterTest.ruleOfLine(result.report(), 23));
        assertTrue(result.report().accountsForEveryLine());
    }

    @Test
    void anEmailsSignatureRunsFromItsDashesToTheNextBlankLine() {
        IngestResult result = Ingest.ingest("t.txt", "Dockers Walk Out\nBy Ana Lima\n\n"
                + "Dockers at the port walked out on Monday over a safety dispute that had run for months.\n"
                + "--\nHarbour Union Members · moderated list\nTo post, write to the list address.\n\n"
                + "They say they will stay out until the cranes are inspected by someone they trust.\n");
        assertEquals(MailSignatureRule.NAME, ArticleSplitterTest.ruleOfLine(result.report(), 6));
        assertEquals(MailSignatureRule.NAME, ArticleSplitterTest.ruleOfLine(result.report(), 7));
        assertEquals(null, ArticleSplitterTest.ruleOfLine(result.report(), 9));
    }

    @Test
    void aPullQuoteRepeatsASentenceExactlyOrTrimmed() {
        assertTrue(PullQuoteRule.repeats("Nobody in the hall expected the port authority to give in so soon",
                PARAGRAPH));
        assertTrue(PullQuoteRule.repeats("Nobody expected the port authority to give in so soon, but by noon the "
                + "offer was on the table.", PARAGRAPH), "trimmed by the editor");
        assertFalse(PullQuoteRule.repeats("The port authority expected the dockers to give in by noon",
                PARAGRAPH), "a heading-like line, not a sentence, must match exactly");
        assertFalse(PullQuoteRule.repeats("The dockers met at dawn and voted", PARAGRAPH), "a heading");
        assertFalse(PullQuoteRule.repeats("Nobody in the hall was surprised when the pickets came back the next day.",
                PARAGRAPH));
    }

    @Test
    void thePullQuoteGoesAndTheParagraphStays() {
        IngestResult result = Ingest.ingest("t.txt", """
                The Harbour Strike

                %s

                "Nobody in the hall expected the port authority to give in so soon."

                The union will meet again on Friday to vote on the offer.
                """.formatted(PARAGRAPH));
        assertEquals(PullQuoteRule.NAME, ArticleSplitterTest.ruleOfLine(result.report(), 5));
        assertNull(ArticleSplitterTest.ruleOfLine(result.report(), 3));
    }

    @Test
    void twoContactLinesMakeABlockWithTheSignatureAbove() {
        List<Piece> pieces = PageFurnitureTest.pieces("""
                You can write to us any time.

                THE HARBOUR COMMITTEE

                Mail: contact@example.org

                Mastodon: @harbour@example.social

                We are also leaving the other networks.

                Twitter: @harbour
                """);
        PageFurniture.drop(pieces);
        assertEquals(java.util.Arrays.asList(null, ContactBlockRule.NAME, ContactBlockRule.NAME, ContactBlockRule.NAME,
                ContactBlockRule.NAME, ContactBlockRule.NAME), pieces.stream().map(PageFurnitureTest::rule).toList());

        List<Piece> alone = PageFurnitureTest.pieces("""
                Write to the forum: forum@example.org
                """);
        PageFurniture.drop(alone);
        assertFalse(alone.get(0).isDropped(), "one address may be part of the text");
    }

    @Test
    void aContactFooterIsANameAndAnAddressInCapitals() {
        assertTrue(ContactBlockRule.isContactFooter("THE HARBOUR COMMITTEE – EXAMPLE.ORG, INFO@EXAMPLE.ORG"));
        assertFalse(ContactBlockRule.isContactFooter("Write to info@example.org to join the committee."));
    }

    @Test
    void aFollowButtonNamesATopicAboveTheButton() {
        assertTrue(FollowPromoRule.matches("Follow The Harbour Strike", "Follow"));
        assertTrue(FollowPromoRule.matches("Seguir a Economía", "Seguir"));
        assertFalse(FollowPromoRule.matches("Follow The Money", "Where the port's profits went is no secret."));
        assertFalse(FollowPromoRule.matches("Follow the money", "Follow"));
        assertFalse(FollowPromoRule.matches("Follow the Harbour Committee's example, they said.", "Follow"));
    }

    @Test
    void aCaseRecordHasLabelledFieldsWithAnIdentifier() {
        assertTrue(CaseRecordRule.matches("Ana Lima Paz. Date of birth: 01/02/1980. File no: 123 456 789. "
                + "Detention centre: Harbour Road."));
        assertFalse(CaseRecordRule.matches("Call them! (555) 010-0199. Visit them: 1 Harbour Road."));
        assertFalse(CaseRecordRule.matches("Note: the strike began on May 1. Result: a new contract. Lesson: unity."));
    }

    @Test
    void teasersGoButNotesHeadingsAndBrokenLines() {
        IngestResult result = Ingest.ingest("t.txt", """
                The Harbour Strike

                The dockers stayed out for a second week, and the port was quiet on Monday.1

                For the first time the harbour board, the city and the
                Union sat down together.

                Watch: The March To The Gates

                Notes

                1. The strike began on April 27.
                """);
        SeedReport report = result.report();
        assertNull(ArticleSplitterTest.ruleOfLine(report, 5), "a paragraph broken in two keeps both halves");
        assertNull(ArticleSplitterTest.ruleOfLine(report, 6));
        assertEquals(TeaserRule.NAME, ArticleSplitterTest.ruleOfLine(report, 8));
        assertNull(ArticleSplitterTest.ruleOfLine(report, 10), "the notes keep their heading");
    }

    @Test
    void aBoxSetInTheTextEndsWhereTheArticleGoesOn() {
        List<Piece> pieces = PageFurnitureTest.pieces("""
                The pickets held the gate for a second week.

                What you can do

                Send messages of support to the strike committee, or call the union hall for more information.

                Read our earlier report on the dispute in the archive.

                Meanwhile the port authority said it would not talk until the pickets were gone.
                """);
        PageFurniture.drop(pieces);
        assertEquals(java.util.Arrays.asList(null, SidebarBoxRule.NAME, SidebarBoxRule.NAME, SidebarBoxRule.NAME, null),
                pieces.stream().map(PageFurnitureTest::rule).toList());

        List<Piece> section = PageFurnitureTest.pieces("""
                What you can do

                Everyone at the meeting agreed that the answer had to come from the workers themselves.
                """);
        PageFurniture.drop(section);
        assertTrue(section.stream().noneMatch(Piece::isDropped), "a heading over text is a section");
    }

    @Test
    void linesLeftFromLostLinks() {
        List<Piece> pieces = PageFurnitureTest.pieces("""
                Fuente "Un Sitio de Noticias"
                Más información sobre el proyecto de ley:
                En el diario Uno
                En Otro Diario.
                More information about the campaign is available from the union office, which opens at nine.
                Sources close to the union said the vote would be held on Friday.
                """);
        PageFurniture.drop(pieces);
        assertEquals(java.util.Arrays.asList(LinkLineRule.NAME, LinkLineRule.NAME, LinkLineRule.NAME, LinkLineRule.NAME,
                null, null), pieces.stream().map(PageFurnitureTest::rule).toList());
    }

    @Test
    void aBlogsSearchBoxIsInterfaceAndTheMenuAboveItStaysAMenu() {
        List<Piece> menu = PageFurnitureTest.pieces("""
                Harbour Reading Circle

                Home
                About
                Projects
                Newsletter
                Contact

                Search this site
                """);
        PageFurniture.drop(menu);
        assertEquals(ListBoxRule.NAME, PageFurnitureTest.rule(menu.get(1)), menu.toString());
        assertEquals(InterfacePhraseRule.NAME, InterfacePhraseRule.standard().match("Buscar este blog") == null ? null
                : InterfacePhraseRule.NAME, "a blog's search box");
    }

    @Test
    void aColumnOfShortLinksIsAMenuButSlogansAreNot() {
        List<Piece> menu = PageFurnitureTest.pieces("""
                Home
                About
                News
                Events
                Contact us today
                Donate
                """);
        PageFurniture.drop(menu);
        assertTrue(menu.stream().allMatch(Piece::isDropped), menu.toString());

        List<Piece> chants = PageFurnitureTest.pieces("""
                No borders!
                No walls!
                No raids!
                No cages!
                No deportations!
                """);
        PageFurniture.drop(chants);
        assertTrue(chants.stream().noneMatch(Piece::isDropped));
    }

    @Test
    void thePublishersAppealClosingAnArticleGoes() {
        IngestResult result = Ingest.ingest("t.txt", """
                The Harbour Strike

                The dockers stayed out for a second week, and the port was quiet on Monday morning.

                A paper like ours lives on its readers. Please donate today and support us: monthly donors keep this paper free of advertisers.
                """);
        assertEquals(DonationAppealRule.NAME, ArticleSplitterTest.ruleOfLine(result.report(), 5));

        IngestResult once = Ingest.ingest("t.txt", """
                The Harbour Strike

                The dockers stayed out for a second week, and the port was quiet on Monday morning.

                The strike fund needs donations: every dollar keeps a family fed while the pickets hold.
                """);
        assertNull(ArticleSplitterTest.ruleOfLine(once.report(), 5), "an article asking once keeps its sentence");
    }

    @Test
    void aPromotionOnALineOfItsOwnLayoutInWrappedText() {
        List<Piece> pieces = PageFurnitureTest.pieces("""
                The dockers stayed out for a second week, and the port was quiet
                on the morning the first ships turned back to sea.

                Hear the strike leaders speak at the harbour forum on June 4. For more information, visit www.example.org today.

                The union will meet again on Friday to vote on the offer, its
                secretary said, and the pickets will stay until then.
                """);
        PageFurniture.drop(pieces);
        assertEquals(java.util.Arrays.asList(null, InsertedPromoRule.NAME, null),
                pieces.stream().map(PageFurnitureTest::rule).toList());
        assertFalse(InsertedPromoRule.isPromo("For more information, call the union hall on Monday."), "no address");
    }

    @Test
    void droppedShareButtonsDoNotLetAHeaderReachALaterDate() {
        IngestResult result = Ingest.ingest("t.txt", """
                Cranes Stand Still
                By Jo Bloggs

                The cranes at the north terminal stood still on Monday for the first time in years.

                The union says the stoppage will last until the contract is signed.


                Facebook
                WhatsApp


                Another Story
                March 3, 2024
                """);
        var meta = result.articles().get(0).meta();
        assertNull(meta.date(), "the date under a link after the page furniture is not this article's");
        assertTrue(result.articles().get(0).blocks().size() >= 2, "both paragraphs stay in the body");
    }

    @Test
    void anInterviewersCreditIsTheAuthorOnceOnly() {
        String text = """
                A Talk With The Strike Committee
                %s

                What did the strike win? A contract, and the respect of the port.

                Interviewer: Jo Bloggs
                """;
        IngestResult credited = Ingest.ingest("t.txt", text.formatted("By Jo Bloggs"));
        assertEquals(CreditLineRule.NAME, ArticleSplitterTest.ruleOfLine(credited.report(), 6));
        IngestResult uncredited = Ingest.ingest("t.txt", text.formatted("An interview from the docks"));
        assertEquals(List.of("Jo Bloggs"), uncredited.articles().get(0).meta().authors());
        assertNull(ArticleSplitterTest.ruleOfLine(uncredited.report(), 6), "kept, as metadata");
    }
}
