package org.quire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quire.model.ArticleMeta;

class ArticleSplitterTest {
    static String fixture(String name) throws IOException {
        try (InputStream in = ArticleSplitterTest.class.getResourceAsStream("/ingest/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String ruleOfLine(SeedReport report, int line) {
        return report.dropped().stream().filter(d -> d.line() == line).map(DroppedLine::rule).findFirst().orElse(null);
    }

    @Test
    void aFeedSplitsAtTitlesWithAddressesAndDropsCards() throws IOException {
        IngestResult result = Ingest.ingest("feed.txt", fixture("feed.txt"));
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(2, metas.size());
        ArticleMeta first = metas.get(0);
        assertEquals("Tenants Win Their Rent Strike", first.title());
        assertEquals("tenants-win-their-rent-strike", first.id());
        assertEquals("How a building organised and what it won.", first.subtitle());
        assertEquals(List.of("Jo Bloggs"), first.authors());
        assertEquals("2024-05-02", first.date());
        assertEquals("news.example.org/tenants-win-their-rent-strike/", first.source());
        assertEquals("Dockers Walk Out", metas.get(1).title());

        SeedReport report = result.report();
        assertEquals(ArticleSplitter.PAGE_HEADER, ruleOfLine(report, 2));
        assertEquals(LinkCardRule.SEPARATOR, ruleOfLine(report, 11));
        assertEquals(LinkCardRule.NAME, ruleOfLine(report, 13));
        assertEquals(LinkCardRule.NAME, ruleOfLine(report, 14));
        assertEquals(LinkCardRule.NAME, ruleOfLine(report, 15));
        assertEquals(HeaderReader.KICKER, ruleOfLine(report, 17));
        assertTrue(report.accountsForEveryLine());
    }

    @Test
    void anArchiveSplitsAtClosingDatesBylinesAndWideGaps() throws IOException {
        IngestResult result = Ingest.ingest("archive.txt", fixture("archive.txt"));
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("A Conversation With A Shop Steward", "The Second Article Of The Archive",
                "A Third Article After A Wide Gap"), metas.stream().map(ArticleMeta::title).toList());
        assertEquals("2020-03-03", metas.get(0).date());
        assertEquals(List.of("Kim Lowe"), metas.get(1).authors());
        assertEquals("3-11", metas.get(0).lines());
        assertEquals(InterfacePhraseRule.NAME, ruleOfLine(result.report(), 1));
        assertTrue(result.report().accountsForEveryLine());
    }

    @Test
    void textWithoutATitleGetsAWorkingTitle() {
        IngestResult result = Ingest.ingest("untitled.txt",
                "We begin without any title at all, straight into the argument of the piece.\n\nA second paragraph.\n");
        assertEquals(1, result.articles().size());
        assertTrue(result.report().articles().get(0).workingTitle());
        assertEquals("We begin without any title at all, straight …", result.articles().get(0).meta().title());
    }

    @Test
    void shortLinesAboveTheFirstTitleAreThePagesTop() {
        IngestResult result = Ingest.ingest("page.txt", """
                harbour-bulletin.example.org
                Issue 4 · Spring 1990 · "All out for the docks"
                Download: PDF · Plain text

                Dockers Walk Out
                by Ana Torres

                Dockers at the port walked out on Monday over a safety dispute that had run for months.
                """);
        assertEquals(List.of("Dockers Walk Out"), result.articles().stream().map(a -> a.meta().title()).toList());
        assertEquals(ArticleSplitter.PAGE_HEADER, ruleOfLine(result.report(), 2));
        assertTrue(result.report().accountsForEveryLine());
    }

    @Test
    void aMenuItemLeftOverAboveTheTitleDoesNotTakeItAsItsSubtitle() {
        IngestResult result = Ingest.ingest("page.txt", """
                Skip to main content
                Harbour Bulletin
                Home
                About
                Projects
                Training
                Publications
                Community
                Donate
                EN | ES

                Publications › Docks

                Dockers Walk Out Over Safety
                The port's night shift stopped work on Monday after a crane failed twice in a week.

                Ana Torres, Ben Ruiz
                2 May 1990 · 4 min read

                Dockers at the port walked out on Monday over a safety dispute that had run for months, and the day shift joined them at noon.

                The port authority said it would inspect every crane before work resumed.
                """);
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("Dockers Walk Out Over Safety"), metas.stream().map(ArticleMeta::title).toList());
        assertEquals("1990-05-02", metas.get(0).date());
        assertTrue(result.report().accountsForEveryLine());
    }

    @Test
    void aLabelThePagePrintsOverEveryPostIsNoTitleEvenOverAOneWordTitle() {
        IngestResult result = Ingest.ingest("posts.txt", """
                Dock Notes
                Seguir

                Text
                Harbours

                The harbour opened at dawn and the first ships came in before the fog had lifted from the water.

                The night shift stayed on to help unload them, and nobody went home until the afternoon.

                Posted by Ana Torres on 3 May 2020
                12 notes   ↻ Reblog   ♡ Like   ➦ Share

                ───────────────

                Text
                Recommendations
                Books, films and songs that kept the union hall busy during the long strike of that spring.

                A history of the port, told by the people who worked it, with photographs from the union's own archive.

                A film about the dockers' strike, shot by a crane driver's daughter on a borrowed camera.

                12/12/2020 · 8 notes
                ↻ Reblog   ♡ Like   ➦ Share
                """);
        assertEquals(List.of("Harbours", "Recommendations"), result.articles().stream().map(a -> a.meta().title()).toList());
        assertEquals(HeaderReader.KICKER, ruleOfLine(result.report(), 16));
    }

    @Test
    void aHeadingAfterTheHeadersLeftoversHeadsTheFirstSectionNotANewArticle() {
        IngestResult result = Ingest.ingest("brief.txt", """
                Home › Data › Port documents

                WORKFORCE
                The Harbour Workforce: 1990
                1990 Port Briefs · PB90-04 · Introduction
                By Ana Torres, Ben Ruiz, and Carla Diaz
                Harbour Statistics Office · Issued May 1991
                Share  Facebook  X  WhatsApp  Email  Print
                Leer en español ↓

                crane-count-1990.jpg
                The crane count on the 1990 form. Photo: H.S. Office

                INTRODUCTION

                This report looks at the people who worked the harbour in 1990, shift by shift and berth by berth, from the crane drivers to the clerks.

                It is the first of a series that follows the workforce through the strike and the years after it.
                """);
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("The Harbour Workforce: 1990"), metas.stream().map(ArticleMeta::title).toList());
        assertEquals(List.of("Ana Torres", "Ben Ruiz", "Carla Diaz"), metas.get(0).authors());
    }

    @Test
    void aSectionLabelOverTheBylineOrOverAOneTagTitleIsNoTitle() {
        IngestResult result = Ingest.ingest("essays.txt", """
                Habits
                Sep 6, 2022 — Ben Ruiz
                Limiting The Night Shift

                Toxic patterns of overtime, begone: after a year of double shifts I changed my habits at the port.

                The first rule was simple. No shift starts after ten at night, whatever the foreman says.


                Social media
                #LogOff

                I finally left the union's old message board this spring, after nine years of posting there every night, arguing about contracts, shifts, cranes and the price of coffee in the canteen with people I had never met and never would, and it took me a whole month of evenings to read through everything I had written there before I pressed the button and let it all go.

                Nobody noticed for a week, and then a few friends called to ask if I was all right.

                Written by Ana Torres · 2022-09-12
                """);
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("Limiting The Night Shift", "#LogOff"), metas.stream().map(ArticleMeta::title).toList());
        assertEquals(List.of("Ben Ruiz"), metas.get(0).authors());
        assertEquals(HeaderReader.KICKER, ruleOfLine(result.report(), 1));
        assertEquals(HeaderReader.KICKER, ruleOfLine(result.report(), 10));
    }

    @Test
    void aNumberedStatementsDateLineOnItsTitleHeadsItEvenOverItsByline() {
        IngestResult result = Ingest.ingest("statements.txt", """
                Statements / Comunicados
                Public statements of the dockers' union. Where a statement was translated, the translation follows it.


                STATEMENT No. 13 · Joint statement · 06/06/1990
                Solidarity With The Harbour Cleaners
                by The Union Committee
                Online — 6 June 1990

                As a union committed to every worker on the quays, we stand with the harbour cleaners and join their demand for a fair contract and safe hours.

                We will work harder to listen to the cleaners and to carry their demands to every branch meeting of the union this summer.

                Share: Twitter · Email · Copy link   |   Download PDF (2 pages, 61 KB)


                STATEMENT No. 12 · 1989-12-18 · Leadership
                Ana Torres Steps Down From The Committee

                Ana Torres founded the first branch of the union on the north quay in 1979, and has served on its committee ever since.

                We thank her for getting us all started, and for all the time and effort she gave the union.
                """);
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("Solidarity With The Harbour Cleaners", "Ana Torres Steps Down From The Committee"),
                metas.stream().map(ArticleMeta::title).toList());
        assertEquals("1990-06-06", metas.get(0).date());
        assertEquals(List.of("The Union Committee"), metas.get(0).authors());
        assertEquals("1989-12-18", metas.get(1).date());
        String close = """
                Statements / Comunicados
                Public statements of the dockers' union, newest first.
                Showing 2 statements

                STATEMENT No. 14 · 23 November 1990 · Organisation
                Reduced Hours At The Union Hall

                This winter the union hall will open three evenings a week instead of five, while the roof is mended.
                """;
        assertEquals(List.of("Reduced Hours At The Union Hall"),
                Ingest.ingest("close.txt", close).articles().stream().map(a -> a.meta().title()).toList(),
                "a numbered statement's line heads its title even one blank line under the page's text");
    }

    @Test
    void aBoxSetFlushInsideTheTextLeavesNoGapToSplitAt() {
        IngestResult result = Ingest.ingest("news.txt", """
                Harbour News
                May 3, 1990

                The port authority met the union on Monday and agreed to inspect every crane before work resumed on the north quay.
                Get Harbour News in your inbox
                Subscribe to updates →
                How it's going
                Since May, the inspectors have checked forty cranes, and twelve have been taken out of service until they are mended.
                """);
        assertEquals(List.of("Harbour News"), result.articles().stream().map(a -> a.meta().title()).toList());
    }

    @Test
    void theBylineAgainAtAShortArticlesEndIsNoPartOfItsHeader() {
        IngestResult result = Ingest.ingest("short.txt", """
                Why The Union Won
                Ana Torres · 6 min read · Apr 2, 2021

                The campaign began in a break room, with six workers and a list of names on a schedule.

                It ended with a contract that raised wages by a fifth.

                Written by Ana Torres
                """);
        ArticleMeta meta = result.articles().get(0).meta();
        assertEquals(null, meta.subtitle());
        assertEquals(2, result.articles().get(0).blocks().size());
        assertEquals(RepeatRule.BYLINE, ruleOfLine(result.report(), 8));
    }

    @Test
    void aSupraTitleOverEachTitleOfACategoryPageIsDropped() {
        IngestResult result = Ingest.ingest("category.txt", """
                Huelga en el puerto del norte
                Paran las grúas
                Por Marta Ruiz | marzo-abril de 2010 | página 3

                Los estibadores del puerto pararon el lunes las grúas de la terminal norte.

                Despidos en la fábrica textil de la ciudad
                "Nos echaron sin aviso"
                Por Luis Gil y Ana Mora | 12 de mayo de 2010 | página 5

                Ciento veinte trabajadoras recibieron el viernes la carta de despido.
                """);
        assertEquals(List.of("Paran las grúas", "“Nos echaron sin aviso”"),
                result.articles().stream().map(a -> a.meta().title()).toList());
        assertEquals(HeaderReader.KICKER, ruleOfLine(result.report(), 1));
        assertEquals(HeaderReader.KICKER, ruleOfLine(result.report(), 7));
        assertEquals(List.of("Luis Gil", "Ana Mora"), result.articles().get(1).meta().authors());
    }

    @Test
    void aReleasesKindAndDateHeadTheTitleABlankLineUnderThem() {
        IngestResult result = Ingest.ingest("releases.txt", """
                Harbour Office
                Home
                Press room

                PRESS RELEASE
                03/02/1992

                The Crane Inspection Report

                The inspectors checked forty cranes in three weeks and took twelve out of service until they were mended.

                The union asked for the full report and got it on the Friday.

                Other news

                PRESS RELEASE
                04/05/1992

                The Night Shift Returns

                The night shift came back to the south quay after six weeks, with two more cranes in service than before.
                """);
        assertEquals(List.of("The Crane Inspection Report", "The Night Shift Returns"),
                result.articles().stream().map(a -> a.meta().title()).toList());
    }

    @Test
    void aBlogsDateHeadersHeadTheTitlesABlankLineUnderThemAndItsPostFurnitureIsDropped() {
        IngestResult result = Ingest.ingest("blog.txt", """
                Harbour Workers Circle

                Notes from the dockers' reading group.

                Home
                About
                Archive
                Contact
                Events


                Tuesday, March 3, 1992

                The Crane Inspection Report

                The inspectors checked forty cranes in three weeks and took twelve out of service until they were mended.

                The union asked for the full report and got it on the Friday.

                Posted by Ana Torres at 10:15 AM

                3 comments:

                BlogThis!
                Share to X

                Labels: cranes, safety


                THE CIRCLE LETTER

                One letter a month: meetings, readings and calls for help.

                Your email address
                Subscribe

                We never share your address.


                Monday, February 3, 1992

                Night Shifts On The North Quay

                The night shift asked for a second crane driver on every berth, and the port agreed after two meetings.

                Posted by Luis Gil at 9:30 PM

                No comments:
                """);
        assertEquals(List.of("The Crane Inspection Report", "Night Shifts On The North Quay"),
                result.articles().stream().map(a -> a.meta().title()).toList());
        assertEquals("1992-03-03", result.articles().get(0).meta().date());
        assertEquals(List.of("Ana Torres"), result.articles().get(0).meta().authors());
        assertEquals(2, result.articles().get(0).blocks().size(), "the post's two paragraphs, no counter or sign-up box");
        assertEquals(FeedCounterRule.NAME, ruleOfLine(result.report(), 22));
        assertEquals(InterfacePhraseRule.NAME, ruleOfLine(result.report(), 24));
        assertEquals(SiteNoticeRule.NAME, ruleOfLine(result.report(), 30));
        assertEquals(SiteNoticeRule.NAME, ruleOfLine(result.report(), 32));
        assertEquals(SiteNoticeRule.NAME, ruleOfLine(result.report(), 37));
        assertEquals(FeedCounterRule.NAME, ruleOfLine(result.report(), 48));
    }

    @Test
    void aReleasesNumberOverItsDateHeadsItsTitleUnderTheContactsAndLetterhead() {
        IngestResult result = Ingest.ingest("newsroom.txt", """
                News Releases
                Every release of the harbour office.
                Filter Total Items: 2
                Apply    Reset


                NEWS RELEASE  |  Release ID 301
                FOR IMMEDIATE RELEASE
                Date published: May 4, 1992
                Contact: Ana Torres, (555) 014-0668
                         Luis Gil, (555) 014-0669
                Print  |  Email  |  Share

                Cranes Back In Service On The North Quay

                NORTHPORT, Md. - The harbour office returned twelve cranes to service on Monday after the inspection.

                The inspectors found worn brakes on four of them and had them mended before the quay reopened.

                ###

                ________________________________________________________________________

                MEDIA ADVISORY  |  Release ID 298
                FOR IMMEDIATE RELEASE
                For Release: April 2, 1992
                Print  |  Email  |  Share

                Harbour Office
                Department of Ports

                Open Day At The Crane Depot

                The harbour office opens its crane depot to the public for one day, with tours every hour. The drivers will show how a crane is inspected, which parts wear out first and how the brakes are tested before each shift. Children may sit in the cab of the old crane that has stood in the depot since the harbour opened, and the union will tell the story of the strike that won the inspections in the first place, with photographs from the time and the minutes of the meetings that ended it.

                Time: 10:00 a.m. to 2:00 p.m.
                Date: Saturday, April 11, 1992
                Place: Crane Depot, North Quay
                Gate 3

                Coffee will be served.
                """);
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("Cranes Back In Service On The North Quay", "Open Day At The Crane Depot"),
                metas.stream().map(ArticleMeta::title).filter(t -> !t.equals("News Releases")).toList());
        ArticleMeta cranes = metas.stream().filter(m -> m.title().startsWith("Cranes")).findFirst().get();
        assertEquals("1992-05-04", cranes.date());
        ArticleMeta open = metas.stream().filter(m -> m.title().startsWith("Open")).findFirst().get();
        assertEquals("1992-04-02", open.date());
        assertEquals(ContactBlockRule.NAME, ruleOfLine(result.report(), 10));
        assertEquals(ContactBlockRule.NAME, ruleOfLine(result.report(), 11));
        assertEquals(ArticleSplitter.LETTERHEAD, ruleOfLine(result.report(), 29));
        assertEquals(ArticleSplitter.LETTERHEAD, ruleOfLine(result.report(), 30));
        assertEquals(2, metas.size() - (metas.stream().anyMatch(m -> m.title().equals("News Releases")) ? 1 : 0),
                "the event's date among its details closes nothing");
    }

    @Test
    void aLabelInCapitalsABlankLineOverATitleIsItsKicker() {
        IngestResult result = Ingest.ingest("reports.txt", """
                Harbour Network
                Reports from the quays

                Signed: Dock Workers Union · Crane Drivers Guild

                --------------------------------------------------------------

                FIELD REPORT · NORTH QUAY

                New Radios Reach the Night Shift on the North Quay
                Twelve handsets now link the crane cabins to the gate office

                May 4, 2013

                The crane drivers on the north quay got twelve new radios on Monday, and the gate office answered every one of them.

                The union wants the same radios on the south quay before the winter.


                TRAINING

                A Week of Rigging Classes
                What the new riggers learned, and who taught them

                Forty new riggers spent a week in the yard learning knots, slings and signals from the older hands.
                """);
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("New Radios Reach the Night Shift on the North Quay", "A Week of Rigging Classes"),
                metas.stream().map(ArticleMeta::title).filter(t -> !t.equals("Harbour Network")).toList());
        assertEquals("2013-05-04", metas.stream().filter(m -> m.title().startsWith("New Radios")).findFirst().orElseThrow().date());
        assertEquals(HeaderReader.KICKER, ruleOfLine(result.report(), 8));
        assertEquals(HeaderReader.KICKER, ruleOfLine(result.report(), 20));
    }

    @Test
    void theSignatoriesAboveARuleAcrossThePageAreNoTitleForTheDateUnderTheNextOne() {
        IngestResult result = Ingest.ingest("statements.txt", """
                Firman: Asociación de Estibadores del Puerto · Gremio de Gruistas · Prácticos
                Unidos · Federación Portuaria del Sur · Unión de Remolcadores ·
                Cooperativa de Amarradores

                [logos-firmantes.png]

                Descargar PDF (texto completo, 120 KB) | Compartir: Mastodon ·
                Telegram · Correo

                ------------------------------------------------------------------------------

                JOINT STATEMENT · ENGLISH TRANSLATION

                Against the Closing of the North Quay

                May 4, 2013
                ↑ Leer el original en español

                The dockers of the north quay reject the closing announced on Monday and ask the port authority to publish the full report.

                The union also asks for a meeting with the authority before the winter.
                """);
        ArticleMeta statement = result.articles().get(result.articles().size() - 1).meta();
        assertEquals("Against the Closing of the North Quay", statement.title());
        assertEquals("2013-05-04", statement.date());
        assertEquals(null, statement.subtitle());
    }

    @Test
    void aSectionsHeadingAndItsLineUnderTheSitesNameAreThePagesHeaderOverDatedPosts() {
        IngestResult result = Ingest.ingest("section.txt", """
                Harbour Notes RSS feed

                Skip to content

                Harbour Notes

                Home | News | Events | About

                HARBOUR NOTES -- SECTION: SAFETY

                Posts filed under safety: what the inspectors found on the quays, and what the crews did about it. Showing 2 of 9.

                New Radios for the Night Shift

                Posted on May 4, 2013 by Ana Lima

                The crane drivers on the north quay got twelve new radios on Monday, and the gate office answered every one.

                A Week of Rigging Classes

                Posted on May 11, 2013 by Lee Park

                Forty new riggers spent a week in the yard learning knots, slings and signals from the older hands.
                """);
        assertEquals(List.of("New Radios for the Night Shift", "A Week of Rigging Classes"),
                result.articles().stream().map(a -> a.meta().title()).toList());
        assertEquals(ArticleSplitter.PAGE_HEADER, ruleOfLine(result.report(), 9));
        assertEquals(ArticleSplitter.PAGE_HEADER, ruleOfLine(result.report(), 11));
    }

    @Test
    void linksBackToTheTopBetweenALongTextsSectionsLeaveNoGapToSplitAt() {
        IngestResult result = Ingest.ingest("report.txt", """
                Safety on the Quays

                1 Purpose

                This report says what the inspectors found on the quays and what the port must mend first.

                Back to top

                2 Findings

                Twelve of the forty cranes had brakes that failed the test, and four had no working radio.

                Back to top

                3 Next Steps

                The port will mend the brakes by June and fit radios in every cab before the winter.
                """);
        assertEquals(List.of("Safety on the Quays"), result.articles().stream().map(a -> a.meta().title()).toList());
        assertEquals(InterfacePhraseRule.BACK_TO_TOP, ruleOfLine(result.report(), 7));
    }

    @Test
    void onABlogThatSignsItsPostsWithOnlyTheTimeADateLineHeadsTheTitleUnderIt() {
        IngestResult result = Ingest.ingest("blogger.txt", """
                Harbour Notes

                Inicio  |  Quiénes somos  |  Contacto

                miércoles, 13 de noviembre de 2024

                Las grúas del muelle norte vuelven a funcionar tras la huelga de otoño

                Los gruistas volvieron el lunes a sus cabinas después de seis semanas de paro, con dos descansos
                por turno y radios nuevas en cada grúa.

                Publicado por Ana Lima a las 10:15

                No hay comentarios:

                Etiquetas: grúas, huelga

                martes, 5 de marzo de 2024

                Un taller de soldadura para los hijos de los estibadores

                Cada sábado, en el local del sindicato, una docena de chicos aprende a soldar con los más viejos del
                muelle.

                Publicado por Ana Lima a las 18:40
                """);
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("Las grúas del muelle norte vuelven a funcionar tras la huelga de otoño",
                "Un taller de soldadura para los hijos de los estibadores"), metas.stream().map(ArticleMeta::title).toList());
        assertEquals(List.of("2024-11-13", "2024-03-05"), metas.stream().map(ArticleMeta::date).toList());
        assertEquals(FeedCounterRule.NAME, ruleOfLine(result.report(), 14));
    }
}
