package org.quire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quire.model.ArticleMeta;

/** The line rules for newsletters, print views, member sites and feeds: each on a small fixture of its own. */
class PageChromeRulesTest {
    private static final String PROSE = "The harbour workers stopped the cranes on Monday morning and said they "
            + "would not start them again until the contract was signed by the port authority.";

    @Test
    void hanAndKanaCharactersCountAsWordsAndFullWidthStopsEndSentences() {
        assertEquals(7, Words.count("市民が集まった"));
        assertEquals(3, Words.count("Ana 在 Lisboa"));
        assertTrue(Words.endsWithStop("他們說不。"));
        assertFalse(TitleRule.looksLikeTitle("Lady Gaga 演唱會將於五月來港舉行，演唱會帶有色情及崇拜的元素，亦容讓三歲以上人士進場"));
    }

    @Test
    void aRuleLineIsAChunkOfItsOwnAndSolidRulesSetArticlesApart() {
        List<SourceLine> lines = LineDecoder.decode("=====================\nThe Title\nby Ana Lima\n---------------------\n");
        List<String> chunks = ParagraphGrouper.group(lines).stream().map(Chunk::text).toList();
        assertEquals(List.of("=====================", "The Title", "by Ana Lima", "---------------------"), chunks);
        assertTrue(DividerRule.isRule("________________________________"));
        assertFalse(DividerRule.isRule("- - - - - - - - - - - - - - - -"), "a spaced rule breaks a section");
        assertFalse(DividerRule.matches("[…]"), "an elision mark stays in the quotation");
        assertFalse(DividerRule.matches("(...)"));
    }

    @Test
    void aWrappedLineEndingInACommaRunsOn() {
        assertTrue(HardWrapRule.continuesWrappedParagraph("1. The Agreement on Safety and Fire,",
                "1. The Agreement on Safety and Fire,", "2016 [online]. Available in English only", 80));
    }

    @Test
    void aPublicationAfterTheBylineIsTheSource() {
        MetaLineRule.Meta meta = MetaLineRule.parse("by Ana Lima · The Daily Example · 2 May 2012");
        assertEquals(List.of("Ana Lima"), meta.authors());
        assertEquals("The Daily Example", meta.source());
        assertEquals("2012-05-02", meta.date());

        BylineRule.Byline one = BylineRule.parse("By Ana Lima, The Daily Example");
        assertEquals(List.of("Ana Lima"), one.authors());
        assertEquals("The Daily Example", one.source());
        assertEquals(List.of("Ana Lima", "Luis Paz", "Jo Bloggs"), BylineRule.parse("By Ana Lima, Luis Paz and Jo Bloggs").authors());
    }

    @Test
    void positionCountersAndHomeRootedBreadcrumbsAreFurniture() {
        assertTrue(PageMarkerRule.matches("Topic 4 of 7"));
        assertTrue(PageMarkerRule.matches("Tema 6 de 7"));
        assertTrue(PageMarkerRule.matches("The Guide · Part Two — page 2 of 3"));
        assertFalse(PageMarkerRule.matches("Chapter four of the book tells it differently."));
        assertTrue(NavigationLineRule.matches("Home / Guides / Part 3: Writing a Policy That Works / Topic 2 of 5"));
        assertTrue(NavigationLineRule.matches("Inicio / Guías / Tercera parte"));
        assertFalse(NavigationLineRule.matches("The wind / the rain / the sea"), "slashes set off a poem's lines");
        assertTrue(NavigationLineRule.matches("Inicio > Prensa > Notas > El puerto cierra por la huelga"));
        assertFalse(NavigationLineRule.matches("Wages > rents > savings, in every port we saw"), "angles also compare");
    }

    @Test
    void pictureCreditsInTheTextAreDropped() {
        assertTrue(CaptionRule.isCredit("©A. Lima/Agency"));
        assertTrue(CaptionRule.isCredit("All photos courtesy of Ana Lima."));
        assertTrue(CaptionRule.isCredit("The picture at the top is by Jo Bloggs, used under a CC BY 2.0 licence."));
        assertFalse(CaptionRule.isCredit("© 2012 The Daily Example"), "a year makes it the site's copyright");
        assertFalse(CaptionRule.isCredit("The photos show the crowd in the square at noon."));
        assertTrue(CaptionRule.isCaption("Dockers at the gate, May 2012 © The Daily Example"));
        assertTrue(CaptionRule.isCaption("Harbour cranes at dawn. Image by Jo Bloggs on Flickr (CC BY 2.0)."));
        assertTrue(CaptionRule.isCaption("Ana Lima, organiser, 3 March 2011, photo by Jo Bloggs, CC BY-SA 3.0; Commons."));
        assertTrue(ImageRule.isAltText("[Video: YouTube]"));
        assertTrue(ImageRule.isAltText("[Vimeo video: player.example.org/video/1234567]"), "a service names the medium");
        assertTrue(ImageRule.isAltText("Union logo"));
        assertTrue(ImageRule.isAltText("[ Photo: two women sit at a table signing papers. The flags of three countries"
                + " stand behind them, and a banner of the ministry hangs on the wall. ]"), "a long description");
        assertFalse(ImageRule.isAltText("[from the union's leaflet]"));
    }

    @Test
    void theLineRightUnderAnImagesFileNameIsItsCaptionButNotAName() {
        IngestResult result = Ingest.ingest("t.txt", "Dockers Walk Out\nBy Ana Lima\n\n"
                + "Dockers at the port walked out on Monday over a safety dispute that had run for months.\n\n"
                + "cranes-at-dawn.jpg\nThe cranes stand still at dawn on the first day of the strike.\n\n"
                + "gate.jpg\nAna Lima\n\n"
                + "They say they will stay out until the cranes are inspected by someone they trust.\n");
        assertEquals(CaptionRule.CAPTION, ArticleSplitterTest.ruleOfLine(result.report(), 7));
        assertEquals(null, ArticleSplitterTest.ruleOfLine(result.report(), 10), "a name under a picture stays");
    }

    @Test
    void aRelatedLinkBetweenParagraphsLeavesNoGapInTheText() {
        assertTrue(InsertedPromoRule.isRelatedLink("Related: How the strike count went in our six ports"));
        assertTrue(InsertedPromoRule.isRelatedLink("Lee también: La huelga en el puerto"));
        assertFalse(InsertedPromoRule.isRelatedLink("Related work on the cranes began in May."));
        IngestResult result = Ingest.ingest("t.txt", "Dockers Walk Out\nBy Ana Lima\n\n"
                + "Dockers at the port walked out on Monday over a safety dispute that had run for many months now.\n\n"
                + "Related: How the strike count went in our six ports\n\nNotes\n\n"
                + "They say they will stay out until the cranes are inspected by someone they trust, and not before.\n");
        assertEquals(1, result.articles().size(), "the heading under the dropped link opens no article");
    }

    @Test
    void provenanceLinesAreDroppedAndNameTheSource() {
        assertTrue(ProvenanceLineRule.matches("Republished from The Daily Example under CC BY 4.0. Original: example.org/x"));
        assertTrue(ProvenanceLineRule.matches("This article is republished from The Daily Example under a Creative Commons licence."));
        assertTrue(ProvenanceLineRule.matches("Originally published in Harbour News."));
        assertTrue(ProvenanceLineRule.matches("Read the original on The Daily Example:"));
        assertTrue(ProvenanceLineRule.matches("This story is part of the series Ports and People."));
        assertTrue(ProvenanceLineRule.matches("This post and its translations were commissioned by the Example Network."));
        assertTrue(ProvenanceLineRule.matches("Publicado originalmente en Noticias del Puerto."));
        assertFalse(ProvenanceLineRule.matches("The report was published in 2010 by the ministry and nobody read it."));
        assertFalse(ProvenanceLineRule.matches("Republished in 1990, the book found new readers."));
        assertTrue(ProvenanceLineRule.matches("Published in The Harbour Review"), "a blog platform's publication line");
        assertFalse(ProvenanceLineRule.matches("Published in 1990 by the union."));
        assertEquals("The Daily Example",
                ProvenanceLineRule.publication("Republished from The Daily Example under CC BY 4.0."));

        IngestResult result = Ingest.ingest("t.txt", "Cranes Stand Still\nBy Jo Bloggs\n\n"
                + "Republished from The Daily Example under CC BY 4.0.\n\n" + PROSE + "\n");
        ArticleMeta meta = result.articles().get(0).meta();
        assertEquals("The Daily Example", meta.source());
        assertEquals(ProvenanceLineRule.NAME, ArticleSplitterTest.ruleOfLine(result.report(), 4));
    }

    @Test
    void newsletterPageToolAndLanguageLinksAreInterface() {
        InterfacePhraseRule phrases = InterfacePhraseRule.standard();
        for (String line : List.of("View this email in your browser", "Type your email…", "Bookmark this topic",
                "Was this topic helpful?", "Previous: How the Strike Began", "Français", "Versión en español",
                "Member since Jan 3, 2012", "Attachments")) {
            assertTrue(phrases.match(line) != null, line);
        }
        assertNull(phrases.match("English workers joined the strike in May."));
    }

    @Test
    void shortFundraisingPleasAreDropped() {
        assertTrue(DonationAppealRule.matches("THIS DIGEST IS READER-FUNDED"));
        assertTrue(DonationAppealRule.matches("No ads. If this is useful to you, a regular donation keeps us going."));
        assertFalse(DonationAppealRule.matches("The union asked members for a small donation to the strike fund in 1934,"
                + " and the dockers gave more than the organisers had hoped for, week after week, until the strike"
                + " was won and the fund was closed with a surplus that paid for the new hall, the library"
                + " and the school."));
    }

    @Test
    void aNameRightAboveTheDateLineIsTheByline() {
        IngestResult result = Ingest.ingest("t.txt", "NEWS\nCranes Stand Still\n\nAna Lima\nMay 21, 2012 • 3 min read\n\n"
                + PROSE + "\n");
        ArticleMeta meta = result.articles().get(0).meta();
        assertEquals("Cranes Stand Still", meta.title());
        assertEquals(List.of("Ana Lima"), meta.authors());
        assertEquals("2012-05-21", meta.date());
    }

    @Test
    void aBylineAfterTheTextNamesTheAuthor() {
        IngestResult result = Ingest.ingest("t.txt", "Cranes Stand Still\n\n" + PROSE + "\n\nBy Ana Lima\n#ports #strikes\n");
        assertEquals(List.of("Ana Lima"), result.articles().get(0).meta().authors());
        assertEquals(HashtagLineRule.NAME, ArticleSplitterTest.ruleOfLine(result.report(), 6));
        assertEquals(1, result.articles().get(0).blocks().size(), "the one paragraph is the text, not a standfirst");
        assertFalse(HashtagLineRule.matches("#1 in the charts, and rising"));
    }

    @Test
    void aLinkCardRepeatingTheTitleWithTheSiteNameAndTheTextCutShortIsDropped() {
        assertTrue(TitleRule.repeats("Cranes Stand Still", "Cranes Stand Still · The Daily Example"));
        assertTrue(TitleRule.repeats("Cranes Stand Still", "Cranes Stand Still | The Daily Example"));
        IngestResult result = Ingest.ingest("t.txt", "Cranes Stand Still\nBy Ana Lima\n\n" + PROSE + "\n\n"
                + "Cranes Stand Still · The Daily Example\n" + PROSE.substring(0, 70) + "…\n");
        assertEquals(1, result.articles().size());
        assertEquals(RepeatRule.TEXT, ArticleSplitterTest.ruleOfLine(result.report(), 7));
    }

    @Test
    void aMonthHeadingAfterABoxInTheTextOpensNoArticle() {
        IngestResult result = Ingest.ingest("t.txt", "Cranes Stand Still\nBy Ana Lima\n\nFebruary 2012\n\n" + PROSE
                + "\n\nLIVE  The Wire\n13:00  Dockers Walk Out\nAll live updates →\nAdvertisement\n\nMarch 2012\n\n"
                + PROSE + "\n");
        assertEquals(1, result.articles().size());
    }

    @Test
    void aTopicListWithPageButtonsUnderItLeavesTheTitleAlone() {
        IngestResult result = Ingest.ingest("t.txt", "SECTION THREE — WRITING A POLICY\nTopics\n1 Why a Policy\n"
                + "2 Writing the Policy\n3 Keeping It\n\nWriting the Policy\nBookmark this topic\nPrint\n\n" + PROSE + "\n");
        assertEquals("Writing the Policy", result.articles().get(0).meta().title());
        assertTrue(result.report().accountsForEveryLine());
    }

    @Test
    void aBlogsPostedByLineWithItsButtonsIsAByline() {
        MetaLineRule.Meta meta = MetaLineRule.parse("Posted by Ana Lima at 9:30 AM | Permalink | Comments (2) | TrackBack (1)");
        assertEquals(List.of("Ana Lima"), meta.authors());
        assertNull(MetaLineRule.parse("Permalink | Comments (2)"), "buttons alone are no byline");
    }

    @Test
    void aDateSetApartAboveATitleHeadsTheNextPost() {
        IngestResult result = Ingest.ingest("t.txt", "March 2, 2004\n\nCranes Stand Still\n\n" + PROSE
                + "\n\nPosted by Ana Lima at 9:30 AM | Permalink\n\n\nMarch 1, 2004\n\nDockers Walk Out\n\n" + PROSE
                + "\n\nPosted by Luis Paz at 8:10 PM | Permalink\n");
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("Cranes Stand Still", "Dockers Walk Out"), metas.stream().map(ArticleMeta::title).toList());
        assertEquals(List.of("2004-03-02", "2004-03-01"), metas.stream().map(ArticleMeta::date).toList());
        assertEquals(List.of("Luis Paz"), metas.get(1).authors());
    }

    @Test
    void aPostFooterWithOnlyTheTimeClosesThePostAndNeverHeadsOne() {
        assertTrue(MetaLineRule.isPostFooter("Posted by Ana Lima at 9:30 AM 2 comments:"));
        assertFalse(MetaLineRule.isPostFooter("Posted by Ana Lima on March 2, 2004"), "with its date it may head a post");
        IngestResult result = Ingest.ingest("t.txt", "Cranes Stand Still\n\n" + PROSE + "\n\nA Video Of The Strike\n\n"
                + "[Video: YouTube]\n\nPosted by Ana Lima at 9:30 AM No comments:\n");
        assertEquals(1, result.articles().size(), "the heading over the video stays in the post");
        assertEquals(List.of("Ana Lima"), result.articles().get(0).meta().authors());
    }

    @Test
    void buttonsAboveTheNextPostsDateAndTitleAreNoTitle() {
        IngestResult result = Ingest.ingest("t.txt", "Posts about the docks\n\nMarch 2, 2004\nCranes Stand Still\n\n" + PROSE
                + "\n\nPosted by Ana Lima at 9:30 AM\nShare on Example\nEmail This\n\n\nMarch 1, 2004\nDockers Walk Out\n\n"
                + PROSE + "\n");
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("Cranes Stand Still", "Dockers Walk Out"), metas.stream().map(ArticleMeta::title).toList());
        assertEquals(List.of("2004-03-02", "2004-03-01"), metas.stream().map(ArticleMeta::date).toList());
        assertEquals(ArticleSplitter.PAGE_LINE, ArticleSplitterTest.ruleOfLine(result.report(), 1));
        assertEquals(ArticleSplitter.PAGE_LINE, ArticleSplitterTest.ruleOfLine(result.report(), 9));
        assertTrue(result.report().accountsForEveryLine());
    }

    @Test
    void aFeedsNamePrintedOverEachItemLabelsTheTitleUnderIt() {
        IngestResult result = Ingest.ingest("t.txt", "Feeds\n  Harbour Blog (12)\n  Other Blog (3)\n\n\nHarbour Blog\n"
                + "Cranes Stand Still at the Port\n2 March 2004 · harbour.example.org\n\n" + PROSE + "\n\n\nHarbour Blog\n"
                + "Dockers walk out over safety\n1 March 2004 · by Luis Paz (Harbour Union) · harbour.example.org\n\n"
                + PROSE + "\n");
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("Cranes Stand Still at the Port", "Dockers walk out over safety"),
                metas.stream().map(ArticleMeta::title).toList());
        assertEquals(List.of("Luis Paz"), metas.get(1).authors());
        assertEquals("2004-03-01", metas.get(1).date());
    }

    @Test
    void aNewsroomsLabelOverEachReleaseMarksItsTitle() {
        IngestResult result = Ingest.ingest("t.txt", "Releases about the port\n\nSubscribe to this topic\n\n\n"
                + "Press Release\nPort Authority Names New Safety Board\nMonday, March 1, 2004\nRELEASE 04-017\n\n" + PROSE
                + "\n\n\nPress Release\nCrane Four Is Stopped For Inspection\nTuesday, March 2, 2004\nRELEASE 04-018\n\n"
                + PROSE + "\n");
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("Port Authority Names New Safety Board", "Crane Four Is Stopped For Inspection"),
                metas.stream().map(ArticleMeta::title).toList(), "capitalised titles under a label are no signatories");
        assertEquals(List.of("2004-03-01", "2004-03-02"), metas.stream().map(ArticleMeta::date).toList());
        assertNotNull(MetaLineRule.parse("June 22, 2007 · RELEASE: 07-142"), "a release number beside the date");
    }

    @Test
    void aSentenceLeadingIntoAListIsNoDatedCaption() {
        assertFalse(CaptionRule.isCaption("Here is our updated plan for the meeting on Saturday, Dec. 11th:"));
    }

    @Test
    void aBlogPlatformsStoryPageKeepsItsTitleAuthorsAndDropsResponsesAndMoreFrom() {
        IngestResult result = Ingest.ingest("story.txt", """
                Cranes Stand Still

                lima-avatar.jpg
                Ana Lima and Ben Ortiz
                Follow
                Published in The Harbour Review
                4 min read · Mar 22, 2017

                """ + PROSE + """

                More from The Harbour Review
                The Night Shift Holds
                After ten years, the night shift will be taking a break.
                Jul 2, 2021 · 9 min read
                See all from The Harbour Review

                Responses (2)
                What are your thoughts?

                Marta Quintero
                Apr 2, 2017
                I send this to every new docker on the quay.
                Reply

                Dev Patel
                Mar 30, 2017
                Would love a follow-up on the cranes.
                Reply

                Why We Print The Minutes
                A note from the editors.

                Published in The Harbour Review
                Mar 1, 2017
                """ + PROSE + "\n");
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("Cranes Stand Still", "Why We Print The Minutes"), metas.stream().map(ArticleMeta::title).toList());
        assertEquals(List.of("Ana Lima", "Ben Ortiz"), metas.get(0).authors());
        assertEquals("2017-03-22", metas.get(0).date());
        String first = result.articles().get(0).blocks().toString();
        assertFalse(first.contains("night shift will be taking a break"), "the teaser in the list of other stories");
        assertFalse(first.contains("every new docker"), "a response");
        assertTrue(result.report().accountsForEveryLine());
    }
}
