package org.quire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The line rules for web noise, each on lines of its own kind and on lines of text it must leave alone. */
class NoiseLineRulesTest {
    @Test
    void interfacePhrasesCoverSharingPagingAndFilingInEnglishAndSpanish() {
        InterfacePhraseRule rule = InterfacePhraseRule.standard();
        for (String line : List.of("Share this:", "WhatsApp", "Correo electrónico", "Like Loading...",
                "« Older posts", "« Entradas anteriores", "Read more »", "Comments are closed.", "Deja un comentario",
                "Etiquetas: huelga, puerto", "Tags: strikes · docks", "Category: Labor", "You are here: Home › News",
                "Blog at WordPress.com.", "Copyright © 2001-2019 Some Foundation.", "See more of A Page on Facebook",
                "Comunicado de prensa", "Click here", "Escucha este artículo", "Contenido patrocinado",
                "Read online: https://example.org/issue/4", "To unsubscribe, send the command SIGNOFF to the list")) {
            assertNotNull(rule.match(line), line);
        }
        for (String line : List.of("Twitter is where the union announced the strike.",
                "Comments from the workers were angry.", "Tagged as terrorists, they kept organising.")) {
            assertNull(rule.match(line), line);
        }
    }

    @Test
    void linksToTheTextInAnotherLanguageAreInterface() {
        InterfacePhraseRule rule = InterfacePhraseRule.standard();
        for (String line : List.of("Leer en español ↓", "↑ Read in English", "Read this story in English ↓",
                "🇪🇸 Versión en español", "Ver la versión en inglés", "English version below ↓", "⬇ ENGLISH BELOW ⬇",
                "↑ Volver a la versión en español", "Back to the Spanish version ↑", "Versión en español más abajo")) {
            assertNotNull(rule.match(line), line);
        }
        assertNull(rule.match("Read the union's statement in English and in Spanish, then sign it."));
        assertNull(rule.match("English below the fold"), "a pointer says no more than where the text is");
        assertNull(InterfacePhraseRule.load("/ingest/list-headings.txt").match("Leer en español ↓"),
                "a list heading is no language link");
    }

    @Test
    void navigationBarsBreadcrumbsAndPagingArrows() {
        assertTrue(NavigationLineRule.matches("Home | News | Labor | Opinion"));
        assertTrue(NavigationLineRule.matches("Share  ·  Like 41"), "two buttons, one with its count");
        assertTrue(NavigationLineRule.matches("Share: Twitter · Email · Copy link | Download PDF (2 pages, 61 KB)"));
        assertFalse(NavigationLineRule.matches("Dockers · Like Us"), "a title and its site");
        assertTrue(NavigationLineRule.matches("About us · Contact · Donate · RSS"));
        assertTrue(NavigationLineRule.matches("News › 2019"));
        assertTrue(NavigationLineRule.matches("Download: PDF · EPUB · Print"));
        assertTrue(NavigationLineRule.matches("← Issue 3 index   Next issue →"));
        assertTrue(NavigationLineRule.matches("☆ Save   ✓ Mark as read   ↗ Open original"), "buttons with icons");
        assertTrue(NavigationLineRule.matches("Reply     Boost     Favourite"), "buttons set apart by wide spaces");
        assertTrue(NavigationLineRule.matches("Open on example.org ↗"), "a link that leaves the site");
        assertTrue(NavigationLineRule.matches("Home › Blog › Category: Stories from members"), "a labelled last crumb");
        assertTrue(NavigationLineRule.matches("« Newer posts      Page 2 of 9      Older posts »"), "a pager");
        assertTrue(NavigationLineRule.matches("« First  Prev  4  5  6  Next  Last »"), "a pager of page numbers");
        assertTrue(NavigationLineRule.matches("🖨 Print ✉ Email"), "two buttons with their icons");
        assertFalse(NavigationLineRule.matches("1 2 3"), "numbers alone");
        assertFalse(NavigationLineRule.matches("We read page 2 of 9 in the minutes and then the chair spoke about the long"
                + " history of the union in this town."), "a sentence naming a page");
        assertFalse(NavigationLineRule.matches("File access\tSupported\tUnsupported"), "a table row keeps its cells");
        assertFalse(NavigationLineRule.matches("By Ana Lima | May 2, 2024 | News"), "a byline is a header");
        assertFalse(NavigationLineRule.matches("Por Ana Lima | 22 de noviembre de 2002 | Página 4"));
        assertFalse(NavigationLineRule.matches("Por Ana Lima | marzo-abril de 2010 | página 3"));
        assertFalse(NavigationLineRule.matches("enero-febrero de 2007 | página 4 | Laboral"));
        assertFalse(NavigationLineRule.matches("Strike Ends | The Harbour Times"), "title and site: two items");
        assertFalse(NavigationLineRule.matches("They said «no» » and left « again"));
    }

    @Test
    void countersAndReadingTimeButNotNumbersInText() {
        assertTrue(FeedCounterRule.isCounterLine("12 · 3 comments · 5 shares"));
        assertTrue(FeedCounterRule.isCounterLine("7 · 1 comment"));
        assertTrue(FeedCounterRule.isCounterLine("0 boosts · 3 favourites"));
        assertTrue(FeedCounterRule.isCounterLine("2 impulsos · 1 favorito"));
        assertTrue(FeedCounterRule.isCounterLine("1.4K Followers"));
        assertTrue(FeedCounterRule.isCounterLine("4 min read"));
        assertTrue(FeedCounterRule.isCounterLine("5 min de lectura"));
        assertTrue(FeedCounterRule.isCounterLine("Tiempo de lectura: 6 minutos"));
        assertTrue(LinkCardRule.endsWithCounter("A teaser of the linked page.- Likes: 0"));
        assertFalse(FeedCounterRule.isCounterLine("1968"), "a year may head a section");
        assertFalse(FeedCounterRule.isCounterLine("12 comments were deleted by the moderators."));
    }

    @Test
    void aCounterMayCarryItsIcon() {
        assertTrue(FeedCounterRule.isCounterLine("💬 7 comentarios"));
        assertTrue(FeedCounterRule.isCounterLine("👍 30 · 💬 4 comments"));
        assertFalse(FeedCounterRule.isCounterLine("💬 7 comentarios sobre la huelga del puerto"));
    }

    @Test
    void dividersHaveNoWords() {
        assertTrue(DividerRule.matches("- - - - - - - -"));
        assertTrue(DividerRule.matches("·"));
        assertTrue(DividerRule.matches("* * *"));
        assertFalse(DividerRule.matches("-- 1 --"));
        assertFalse(DividerRule.matches("A"));
    }

    @Test
    void pageMarkersAndRunningHeadsOfPrintedPages() {
        assertTrue(PageMarkerRule.matches("=== page 4 ==="));
        assertTrue(PageMarkerRule.matches("[Page 12]"));
        assertTrue(PageMarkerRule.matches("- 7 -"));
        assertTrue(PageMarkerRule.matches("MAY 1979          THE HARBOUR PAPER          PAGE 3"));
        assertTrue(PageMarkerRule.matches("PÁGINA 9     EL PERIÓDICO     MAYO 1979"));
        assertFalse(PageMarkerRule.matches("Page 4 of the report says the port will close."));
        assertFalse(PageMarkerRule.matches("The dockers   stayed out"));
    }

    @Test
    void siteNoticesNeedTheSiteSpeakingOfItself() {
        assertNotNull(SiteNoticeRule.reason("We use cookies to improve your experience. By continuing, you agree."));
        assertNotNull(SiteNoticeRule.reason("Este sitio utiliza cookies. Al continuar navegando, aceptas su uso."));
        assertNotNull(SiteNoticeRule.reason("This website uses no cookies and no tracking."));
        assertNotNull(SiteNoticeRule.reason("Content on this site is licensed under a Creative Commons licence."));
        assertNotNull(SiteNoticeRule.reason("Esta edición se libera bajo una licencia libre."));
        assertNotNull(SiteNoticeRule.reason("Recibe cada número del periódico en tu correo."));
        assertNotNull(SiteNoticeRule.reason("Get our weekly newsletter in your inbox."));
        assertNull(SiteNoticeRule.reason("Advertisers track readers with cookies across many sites."));
        assertNull(SiteNoticeRule.reason("Most sites we use every day set cookies that follow us around."));
        assertNull(SiteNoticeRule.reason("The union newsletter reached members who get it by email every week."));
        assertNull(SiteNoticeRule.reason("The code is released under the GPL, so the council can share it."));
    }

    @Test
    void creditsForTranslationInterviewAndReporting() {
        assertTrue(CreditLineRule.matches("Traducido del inglés por Ana Lima y Luis Paz."));
        assertTrue(CreditLineRule.matches("Translation: Ana Lima, Luis Paz"));
        assertTrue(CreditLineRule.matches("Additional reporting by Jo Bloggs"));
        assertTrue(CreditLineRule.matches("Kim Lowe contributed to this report."));
        assertTrue(CreditLineRule.matches("Transcribed by volunteers. Report errors on the contact page."));
        assertFalse(CreditLineRule.matches("Interviewer: Jo Bloggs"), "the author's credit is read as metadata");
        assertEquals(List.of("Jo Bloggs", "Ana Lima"), CreditLineRule.authorCredit("Entrevista por: Jo Bloggs y Ana Lima"));
        assertEquals(List.of(), CreditLineRule.authorCredit("Interviewer: What did the strike win?"));
        assertFalse(CreditLineRule.matches("Con información de los trabajadores, el comité decidió seguir."));
        assertFalse(CreditLineRule.matches("Translation of the leaflet took the committee two nights."));
    }

    @Test
    void captionsEndingInAParenthesisedOrArchiveCredit() {
        assertTrue(CaptionRule.isCaption("Members at a meeting in 2016. (Picture by Ana Lima, CC-BY 4.0)"));
        assertTrue(CaptionRule.isCaption("El equipo frente al Parlamento (Fotos por Ana Lima, CC-BY 4.0)"));
        assertTrue(CaptionRule.isCaption("Strikers at a picnic, 1916. Image from the Walter Q. Smith Library."));
        assertTrue(CaptionRule.isCaption("The picket line at dawn. Photo courtesy of the strike committee."));
        assertTrue(CaptionRule.isCaption("The strike ballot of 1990. Photo: U.S. Labor Archive"), "initials in the credit");
        assertFalse(CaptionRule.isCaption("The committee met at dawn. Picket captains were chosen by vote."));
    }

    @Test
    void aListUnderASidebarHeadingIsDroppedWithItsHeading() {
        List<Piece> pieces = PageFurnitureTest.pieces("""
                Related articles

                The dockers' long strike
                April 21, 2006

                A second related title
                May 2, 2007


                Archives
                August 2007
                July 2007
                """);
        PageFurniture.drop(pieces);
        assertTrue(pieces.stream().allMatch(p -> ListBoxRule.NAME.equals(PageFurnitureTest.rule(p))), pieces.toString());
    }

    @Test
    void aProfilePagesWhoToFollowBoxIsAList() {
        List<Piece> pieces = PageFurnitureTest.pieces("""
                Quién seguir
                Harbour Union Local
                @harbourunion
                Seguir
                Dockers Reading Group
                @dockersread
                Seguir
                """);
        PageFurniture.drop(pieces);
        assertTrue(pieces.stream().allMatch(Piece::isDropped), pieces.toString());
        assertEquals(ListBoxRule.NAME, PageFurnitureTest.rule(pieces.get(1)));
    }

    @Test
    void threadMarksWithAWordOrAnEndIconAndCountsWithoutLabels() {
        assertEquals(1, FeedCounterRule.threadPost("🧵 HILO 1/5"));
        assertEquals(5, FeedCounterRule.threadPost("5/5 🔚"));
        assertTrue(FeedCounterRule.isCounterLine("0 2 8 912"), "replies, reposts, likes, views");
        assertTrue(FeedCounterRule.isCounterLine("1.482 posts"));
        assertFalse(FeedCounterRule.isCounterLine("12 34"), "two numbers may be a score or a page range");
    }

    @Test
    void aListHeadingOverRunningTextIsASectionHeading() {
        List<Piece> pieces = PageFurnitureTest.pieces("""
                Archives

                The union's archives were kept in a basement for forty years, and only a fire brought them out.
                """);
        PageFurniture.drop(pieces);
        assertTrue(pieces.stream().noneMatch(Piece::isDropped));
    }

    @Test
    void aCaptionDroppedBetweenParagraphsDoesNotSplitTheArticle() {
        IngestResult result = Ingest.ingest("t.txt", """
                The Harbour Strike

                The dockers stayed out for a second week, and the port was quiet on Monday morning.

                Pickets at the gate before dawn. (Photo by Ana Lima, CC-BY 4.0)

                Why did the union call the strike?

                Because the contract was withdrawn without a word, the union said.
                """);
        assertEquals(1, result.articles().size());
        assertEquals(CaptionRule.CAPTION, ArticleSplitterTest.ruleOfLine(result.report(), 5));
    }

    @Test
    void aBlogsCommentCountAndAPostsAgeInWords() {
        assertTrue(FeedCounterRule.isCounterLine("3 comments:"));
        assertTrue(FeedCounterRule.isCounterLine("No comments:"));
        assertTrue(FeedCounterRule.isCounterLine("Sin comentarios"));
        assertTrue(FeedCounterRule.isCounterLine("hace 3 días · 🌎"));
        assertTrue(FeedCounterRule.isPostAge("5 hours ago"));
        assertFalse(FeedCounterRule.isCounterLine("No comments were taken from the floor."));
        assertFalse(FeedCounterRule.isPostAge("hace 3 días llegó la carta"));
    }

    @Test
    void aTextBrowsersDoubleAnglesPageLikeArrowsAndACopyrightSignMakesALicenceTheSites() {
        assertTrue(NavigationLineRule.matches("<< Older posts                      Newer posts >>"));
        assertFalse(NavigationLineRule.matches("The shift moved x << 2 places"));
        assertEquals("the site's licence notice", SiteNoticeRule.reason("Texts (c) their authors, Apache License 2.0."));
        assertNull(SiteNoticeRule.reason("The union's licence to organise the quay was renewed in May."));
        assertEquals("read more posts by", InterfacePhraseRule.standard().match("Read more posts by Ana Lima | Comments (5)"));
    }
}
