package org.quire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quire.model.ArticleMeta;

class FeedPostRuleTest {
    private static final String FEED = """
            Harbour Union Local
            May 2, 2024 · 🌐
            Dockers Walk Out
            example.org/2024/05/02/dockers-walk-out
            Dockers at the port walked out on Monday over a safety dispute that had run for months.
            They say they will stay out until the cranes are inspected by someone they trust.

            Harbour Union Local
            April 28, 2024 · 🌐
            A short clip of the rally at the gates, worth a look.
            VIDEO.EXAMPLE.COM

            Harbour Union Local
            April 20, 2024 · 🌐
            The crane drivers have written to the port authority about the broken brakes on crane four.
            The letter asks for an inspection within the week and for the crane to be stopped until then.
            … See More
            cranes.jpg
            EXAMPLE.ORG
            Crane Drivers Demand An Inspection.
            The crane drivers have written to the port authority…
            """;

    @Test
    void postsStartAtTheNameOverTheDateAndTakeTheirTitles() {
        IngestResult result = Ingest.ingest("feed.txt", FEED);
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("Dockers Walk Out", "Crane Drivers Demand An Inspection."),
                metas.stream().map(ArticleMeta::title).toList());
        assertEquals(List.of("2024-05-02", "2024-04-20"), metas.stream().map(ArticleMeta::date).toList());
        SeedReport report = result.report();
        assertEquals(FeedPostRule.NAME, ArticleSplitterTest.ruleOfLine(report, 1));
        assertEquals(FeedPostRule.NAME, ArticleSplitterTest.ruleOfLine(report, 10));
        assertTrue(report.accountsForEveryLine());
    }

    private static final String FEDIVERSE = """
            Harbour Union @harbour@social.example
            May 2, 2024, 09:00 · 🌐

            Dockers Walk Out
            A statement from the strike committee

            Dockers at the port walked out on Monday over a safety dispute that had run for months, and they say
            they will stay out until the cranes are inspected by someone they trust.

            EXAMPLE.ORG
            Dockers Walk Out
            A statement from the strike committee

            Port News @portnews@news.example
            April 28, 2024 · 🌐
            Read the whole letter:

            The crane drivers have written to the port authority about the broken brakes on crane four, and the
            letter asks for an inspection within the week and for the crane to be stopped until then.

            EXAMPLE.ORG
            Crane Drivers Demand An Inspection
            """;

    @Test
    void aPagesLongNameOverEachDateHeadsItsPostsAndAnOpenedOutPostGoesOnPastItsToggle() {
        IngestResult result = Ingest.ingest("feed.txt", """
                Harbour Library · Data Club
                2,4 mil Me gusta · 3,1 mil seguidores

                Harbour Library · Data Club
                5 de febrero de 2021 a las 19:02 · 🌎
                🖥️ Do you run workshops online? This free webinar from the dockers' union came just in time.

                How To Run An Online Meeting Without Losing Your Mind

                Short version

                The union will hold a free webinar for anyone who runs meetings online, with time for questions at the end.
                … Ver más

                Long version

                The union runs many activities, but its heart is the branches in every port, where members meet every month to plan the work ahead, share what they learned on the quays and welcome the newest members of the branch.

                When the pandemic began, the union set up everything the branches needed to meet online, from video calls to a shared calendar and a guide for the organisers, so that no branch would stop meeting while the ports were closed.

                That is why we are holding this webinar, the first one run by the union for all its branches at once, in English and in Spanish, with a recording for those who cannot come.
                harbour-webinar-banner.png
                BLOG.HARBOUR.ORG
                How To Run An Online Meeting Without Losing Your Mind
                A free webinar for every branch of the union
                Me gusta   Comentar   Compartir


                Harbour Library · Data Club
                25 jun 2020 · 🌎
                📸 First Saturday with the club back in the big room. Thanks to everyone for coming!
                club-saturday-01.jpg
                Me gusta   Comentar   Compartir
                """);
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("How To Run An Online Meeting Without Losing Your Mind"), metas.stream().map(ArticleMeta::title).toList());
        assertEquals("2021-02-05", metas.get(0).date());
        String text = result.articles().get(0).blocks().toString();
        assertTrue(text.contains("That is why we are holding this webinar"), "the text after the toggle stays in the post");
        assertEquals(FeedPostRule.NAME, ArticleSplitterTest.ruleOfLine(result.report(), 4));
    }

    @Test
    void aThreadsLaterPostsGoOnWithTheArticleItsFirstPostOpened() {
        IngestResult result = Ingest.ingest("thread.txt", """
                Harbour Hacklab
                3 mar 2019
                Meetings on Thursdays at seven. Bring your laptop and your questions.

                Harbour Hacklab
                18 ago 2022
                Justice For Those Who Build With What They Know
                The world lives in troubled times, where knowledge is more and more threatened by those who hold power over it.
                🧵 1/2

                Harbour Hacklab
                18 ago 2022
                That has also been the case of a programmer from our port, arrested at the airport on his way to a meeting.
                2/2
                """);
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("Justice For Those Who Build With What They Know"), metas.stream().map(ArticleMeta::title).toList());
        assertTrue(result.articles().get(0).blocks().toString().contains("arrested at the airport"));
        assertEquals(FeedCounterRule.NAME, ArticleSplitterTest.ruleOfLine(result.report(), 14));
    }

    @Test
    void aChatHeaderGivesTheTimeAPlaceAndDateLineDoesNot() {
        assertEquals("2025-11-28", FeedPostRule.chatDate("Ana Lima — 11/28/2025 15:22"));
        assertEquals(null, FeedPostRule.chatDate("Online — 6 June 2020"));
    }

    @Test
    void aNameWithItsHandleOverADateHeadsAPostEvenOnceAndTheCardTitlesIt() {
        List<ArticleMeta> metas = Ingest.ingest("feed.txt", FEDIVERSE).articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("Dockers Walk Out", "Crane Drivers Demand An Inspection"),
                metas.stream().map(ArticleMeta::title).toList(), "the first line when the card repeats it, else the card");
        assertEquals(List.of("2024-05-02", "2024-04-28"), metas.stream().map(ArticleMeta::date).toList());
    }

    private static final String CHANNEL = """
            Harbour Union · News
            @harbour_news
            Union news, strikes and calls, as they come.

            Harbour Union · News
            📌 Pinned
            Welcome to the channel. Comments are off; write to the union office to suggest news.
            412
            Dec 28, 2023 · 10:05

            Harbour Union · News
            👥 Strike committee
            Dockers Walk Out Over Safety
            Dockers at the port walked out on Monday over a safety dispute that had run for many months now.
            They say they will stay out until the cranes are inspected by someone they trust, and not before.
            — Ana Lima
            #strike #port
            1.9K
            edited
            Jan 8, 2024 · 18:42

            Harbour Union · News
            Crane Drivers Write To The Port
            The crane drivers have written to the port authority about the broken brakes on crane four this week.
            The letter asks for an inspection within the week and for the crane to be stopped until then.
            Text: Luis Paz
            2.4K
            Jan 12, 2024 · 16:57
            """;

    @Test
    void aChannelOpensEachPostWithItsNameAndClosesItWithTheDate() {
        IngestResult result = Ingest.ingest("channel.txt", CHANNEL);
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("Dockers Walk Out Over Safety", "Crane Drivers Write To The Port"),
                metas.stream().map(ArticleMeta::title).toList(), "the pinned greeting is no article; a label is no title");
        assertEquals(List.of("2024-01-08", "2024-01-12"), metas.stream().map(ArticleMeta::date).toList());
        assertEquals(List.of(List.of("Ana Lima"), List.of("Luis Paz")), metas.stream().map(ArticleMeta::authors).toList());
        assertTrue(result.report().accountsForEveryLine());
    }

    private static final String MAIL_ARCHIVE = """
            Ana Lima (moderator)
            unread,
            Mar 2, 2017, 11:48:05 AM
            to Harbour Union Members

            Forwarding today's announcement from the union's blog:

            Dockers Walk Out Over Safety
            By Luis Paz

            Dockers at the port walked out on Monday over a safety dispute that had run for many months now.
            They say they will stay out until the cranes are inspected by someone they trust, and not before.
            --
            Harbour Union Members · moderated list
            Reply all
            Forward

            Jo Bloggs
            unread,
            Mar 3, 2017, 9:02:41 AM
            to Harbour Union Members

            Good news, thanks for sharing.
            """;

    @Test
    void aMailArchivesSenderOverUnreadOverTheDateHeadsAMessage() {
        IngestResult result = Ingest.ingest("thread.txt", MAIL_ARCHIVE);
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("Dockers Walk Out Over Safety"), metas.stream().map(ArticleMeta::title).toList(),
                "the reply is a status line, no article");
        assertEquals("2017-03-02", metas.get(0).date(), "an article forwarded in a message has the message's date");
        assertEquals(List.of("Luis Paz"), metas.get(0).authors());
        assertEquals(MailSignatureRule.NAME, ArticleSplitterTest.ruleOfLine(result.report(), 14));
        assertTrue(result.report().accountsForEveryLine());
    }

    @Test
    void aChatMessagesSenderAndTimeOnOneLineHeadAMessage() {
        assertEquals("2025-08-11", FeedPostRule.chatDate("Ana Lima — August 11, 2025 15:22"));
        assertEquals("", FeedPostRule.chatDate("Port Bot APP — Yesterday at 21:30"), "a relative day gives no date");
        assertEquals(null, FeedPostRule.chatDate("Por Ana Lima — 3 de mayo de 2024"), "a byline");
        assertEquals(null, FeedPostRule.chatDate("Dockers walk out — and stay out"));
        assertEquals("2018-10-19", FeedPostRule.chatDate("[19/10/2018 17:02:11] feedbot: 📰 blog.example.org"));
        IngestResult result = Ingest.ingest("chat.txt", """
                Ana Lima — August 11, 2025 15:22
                📝 New on the union blog — the first of a series on safety
                Dockers Walk Out Over Safety
                Dockers at the port walked out on Monday over a safety dispute that had run for many months now.
                They say they will stay out until the cranes are inspected by someone they trust, and not before.
                Luis Paz — Yesterday at 21:30
                great news, thanks!
                """);
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("Dockers Walk Out Over Safety"), metas.stream().map(ArticleMeta::title).toList());
        assertEquals("2025-08-11", metas.get(0).date());
    }

    @Test
    void aNameOverADateOnceIsNoFeed() {
        List<Piece> pieces = ParagraphGrouper.group(LineDecoder.decode("Ana Torres\nMay 2, 2024\nText.\n")).stream()
                .map(Piece::new).toList();
        assertTrue(FeedPostRule.headers(pieces).isEmpty());
    }

    private static final String OPENED_FEED = """
            Harbour Union Local
            1,234 followers
            2d • Edited •

            📌 From the archive
            Dockers Walk Out Over Safety
            May 2, 2024 · RELEASE: 24-017

            Dockers at the port walked out on Monday over a safety dispute that had run for many months now.
            …see more
            They say they will stay out until the cranes are inspected. The port has agreed to talk.

            Harbour Union Local
            1,234 followers
            5d •

            📌 From the archive · April 20, 2024 · MEDIA ADVISORY: M24-03

            The crane drivers have written to the port authority about the broken brakes on crane four this week.
            …see more
            The letter asks for an inspection within the week. It also asks for the crane to be stopped until then.
            #cranes #safety
            cranes.jpg
            Crane Drivers Demand An Inspection
            example.org
            """;

    private static String text(org.quire.model.Article article) {
        return String.join(" ", article.blocks().stream().map(org.quire.model.Block::plainText).toList());
    }

    @Test
    void postsUnderANameOverItsFollowersOpenedOutPastSeeMore() {
        assertTrue(FeedCounterRule.isCounterLine("2d • Edited •"), "the post's age");
        IngestResult result = Ingest.ingest("feed.txt", OPENED_FEED);
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("Dockers Walk Out Over Safety", "Crane Drivers Demand An Inspection"),
                metas.stream().map(ArticleMeta::title).toList(), "an icon's label is no title; the card titles an untitled post");
        assertEquals(List.of("2024-05-02", "2024-04-20"), metas.stream().map(ArticleMeta::date).toList());
        String first = text(result.articles().get(0));
        assertTrue(first.contains("The port has agreed to talk"), "the text after \"see more\" is the post's, no card");
        String second = text(result.articles().get(1));
        assertTrue(second.contains("stopped until then"), second);
        assertTrue(result.report().accountsForEveryLine());
    }

    @Test
    void aPagesNameOverItsPostsAgeABlankLineApartHeadsEachPost() {
        IngestResult result = Ingest.ingest("feed.txt", """
                Harbour Union Local

                hace 1 día · 🌎

                Gracias a las veinte personas que vinieron ayer a la asamblea del muelle norte, y hasta la próxima semana.

                👍 37

                Harbour Union Local

                hace 3 días · 🌎

                La huelga de las grúas
                Ana Torres · 5 de marzo de 2020

                Los estibadores pararon las grúas del muelle norte el lunes y piden que se revisen antes de volver al trabajo.
                … Ver más
                Lo que piden
                Piden una revisión de cada grúa, frenos nuevos en la grúa cuatro y un segundo conductor en cada turno de noche. Dicen que sin eso no vuelven al muelle, aunque el puerto les ofrezca más dinero.
                Lo que dice el puerto
                El puerto dice que revisará las grúas en tres semanas y que pagará los días de huelga si los frenos fallan. La próxima reunión será el viernes en la sede del sindicato.
                """);
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("La huelga de las grúas"), metas.stream().map(ArticleMeta::title).filter(t -> t.startsWith("La")).toList());
        org.quire.model.Article strike = result.articles().stream().filter(a -> a.meta().title().startsWith("La")).findFirst().get();
        assertTrue(text(strike).contains("un segundo conductor"), "the post opened out past its toggle goes on");
        assertTrue(text(strike).contains("pagará los días"));
        assertFalse(text(strike).contains("asamblea"), "the post above is its own");
    }

    @Test
    void aPostsAgeStaysOffItsNameAndABulletedListGoesOnPastSeeMore() {
        IngestResult result = Ingest.ingest("feed.txt", """
                Harbour Union Local
                hace 2 días · 🌐
                Los puntos de la asamblea
                • Las grúas del muelle norte se revisarán antes de volver al trabajo, una por una.
                • El puerto pagará los días de huelga si los frenos de la grúa cuatro fallan de nuevo.
                … Ver más
                • Habrá un segundo conductor en cada turno de noche a partir del mes que viene.
                • La próxima asamblea será el viernes en la sede del sindicato, a las siete.

                Harbour Union Local
                hace 5 días · 🌐
                Gracias a todas las personas que vinieron a la asamblea del lunes en el muelle norte.
                """);
        org.quire.model.Article points = result.articles().stream()
                .filter(a -> text(a).contains("Las grúas")).findFirst().get();
        assertTrue(text(points).contains("segundo conductor"), "the list goes on past the toggle");
        assertFalse(text(points).contains("hace 2 días"), "the post's age is no part of the text");
    }

    @Test
    void aSentenceSetCloseUnderTheToggleGoesOnWithTheText() {
        IngestResult result = Ingest.ingest("feed.txt", """
                Harbour Union Local
                hace 2 días · 🌐

                The crane inspection report
                The inspectors checked forty cranes in three weeks and took twelve out of service until they were mended.
                … Ver más
                Here is what the port has promised.
                • A brake inspection for every crane before the night shift starts again.
                • A second driver on each night shift from next month.

                Harbour Union Local
                hace 5 días · 🌐
                Gracias a todas las personas que vinieron a la asamblea del lunes en el muelle norte.
                """);
        org.quire.model.Article report = result.articles().stream()
                .filter(a -> a.meta().title().startsWith("The crane")).findFirst().get();
        assertTrue(text(report).contains("what the port has promised"), "the opened-out post goes on past its toggle");
        assertTrue(text(report).contains("second driver"));
    }

    @Test
    void aThreadWhoseMarksCloseItsPostsCarriesOneArticleWithItsSubheadings() {
        IngestResult result = Ingest.ingest("feed.txt", """
                Harbour Union (Local 4) ✓
                @harbour@social.example
                8y · Dec 20, 2017, 11:15

                🧵 Our crane report is out, in full below.

                The Crane Inspection Report

                The inspectors checked forty cranes in three weeks and took twelve out of service until they were mended.
                1/2
                ↩ 1   🔁 6   ⭐ 14

                Harbour Union (Local 4) ✓
                @harbour@social.example · Dec 20, 2017, 11:16

                What the port promised

                A brake inspection for every crane before the night shift starts again, and a second driver on each shift.
                2/2
                ↩ 0   🔁 3   ⭐ 8
                """);
        assertEquals(List.of("The Crane Inspection Report"), result.articles().stream().map(a -> a.meta().title()).toList());
        assertTrue(text(result.articles().get(0)).contains("second driver"), "the thread's later post goes on");
        assertEquals("2017-12-20", result.articles().get(0).meta().date());
    }

    @Test
    void aPagesNameInLowerCaseOverEachPostsDateHeadsThePosts() {
        IngestResult result = Ingest.ingest("feed.txt", """
                harbour.example
                January 5, 2018 · 🌐

                The crane inspection report

                The inspectors checked forty cranes in three weeks and took twelve out of service until they were mended.

                harbour.example
                April 21, 2020 · 🌐

                The night shift returns

                The night shift came back to the south quay after six weeks, with two more cranes in service than before.
                """);
        assertEquals(List.of("2018-01-05", "2020-04-21"), result.articles().stream().map(a -> a.meta().date()).toList());
        assertFalse(text(result.articles().get(0)).contains("night shift came back"), "each post is its own");
    }

    @Test
    void aThreadMarkOpeningAPostsFirstParagraphContinuesTheThread() {
        IngestResult result = Ingest.ingest("feed.txt", """
                Harbour Union Local
                @harbour@social.example
                Dec 20, 2017, 11:15

                The Crane Inspection Report

                1/3 The inspectors checked forty cranes in three weeks and took twelve out of service until they were mended.

                Harbour Union Local
                @harbour@social.example
                Dec 20, 2017, 11:16

                2/3 The union asked for the full report and got it on the Friday, with a list of the cranes that failed.

                Harbour Union Local
                @harbour@social.example
                Dec 20, 2017, 11:17

                3/3 A brake inspection for every crane comes before the night shift starts again, and a second driver on each shift.
                """);
        assertEquals(List.of("The Crane Inspection Report"), result.articles().stream().map(a -> a.meta().title()).toList());
        assertTrue(text(result.articles().get(0)).contains("second driver"), "the thread's last post goes on");
        assertEquals(2, FeedCounterRule.leadingThreadPost("2/3 The union asked"));
        assertEquals(0, FeedCounterRule.leadingThreadPost("24/7 service on the quay"), "a number pair is no mark");
    }

    @Test
    void aHeadingUnderThePostersLeadTitlesThePostAndTheLeadIsItsStandfirst() {
        IngestResult result = Ingest.ingest("feed.txt", """
                Harbour Union Local
                May 2, 2024 · 🌐
                📌 We look back at the findings of our first survey of the port, which still hold today.
                Key Findings
                • Crane four has had no brake inspection for three years, and two of the other cranes on the north quay have missed theirs this year as well, while the port authority says the work is planned.
                • Night shifts run with half the crew the safety plan asks for, and nobody at the port authority has said why.
                … See More
                #Dockers #Safety
                EXAMPLE.ORG
                The Port Survey - Harbour Union
                Crane four has had no brake inspection for three years…

                Harbour Union Local
                April 28, 2024 · 🌐
                A short clip of the rally at the gates, worth a look.
                """);
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("Key Findings"), metas.stream().map(ArticleMeta::title).toList());
        assertEquals("We look back at the findings of our first survey of the port, which still hold today.", metas.get(0).subtitle());
        assertEquals(LinkCardRule.NAME, ArticleSplitterTest.ruleOfLine(result.report(), 10));
        assertTrue(result.report().accountsForEveryLine());
    }

    @Test
    void aProfilesThreadUnderNameHandleAndDateLinesGoesOnAsOneArticle() {
        IngestResult result = Ingest.ingest("profile.txt", """
                🔁 Harbour Hacklab boosted
                Ana Lima
                @ana@social.example
                Feb 2, 2021
                Reminder: the reading session is on Thursday at six. Bring questions.

                Harbour Hacklab 🛠
                @hacklab@social.example
                Jan 12, 2021, 14:05
                CW: long post
                Show more
                Tips For A Small Union Office
                By Ana Lima, Harbour Notes · CC BY 4.0
                When I started running the office four months ago, the first thing I wrote about was how we keep our records.
                🧵 1/2
                Harbour Hacklab 🛠
                @hacklab@social.example
                Jan 12, 2021, 14:07
                Since then I have learned that most of the work is keeping the few machines we have running without anyone noticing.
                2/2 · #Unions #Office
                """);
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("Tips For A Small Union Office"), metas.stream().map(ArticleMeta::title).toList());
        assertEquals(List.of("Ana Lima"), metas.get(0).authors());
        assertEquals("2021-01-12", metas.get(0).date());
        assertTrue(result.articles().get(0).blocks().toString().contains("without anyone noticing"));
        SeedReport report = result.report();
        assertEquals(InterfacePhraseRule.NAME, ArticleSplitterTest.ruleOfLine(report, 1));
        assertEquals(FeedPostRule.NAME, ArticleSplitterTest.ruleOfLine(report, 18));
        assertEquals(InterfacePhraseRule.NAME, ArticleSplitterTest.ruleOfLine(report, 10));
        assertEquals(FeedCounterRule.NAME, ArticleSplitterTest.ruleOfLine(report, 20));
        assertTrue(report.accountsForEveryLine());
    }

    @Test
    void aProfilesPostsUnderNameHandleDotAndDateWithBareCountersUnderThem() {
        IngestResult result = Ingest.ingest("x.txt", """
                Harbour Data reposteó
                Harbour Library
                @harbourlib
                ·
                5 mar. 2024
                Map workshop on Saturday at the library, for children and grown-ups.
                Imagen
                ALT
                4
                22
                2,3 mil

                Harbour Data
                @harbourdata
                ·
                2 mar. 2024
                🧵 1/2
                ¿Qué son los datos del puerto?
                Los datos del puerto son los que cualquiera puede usar, reutilizar y redistribuir, sin pedir permiso a nadie ni pagar por ellos.
                4
                36
                5,1 mil
                Harbour Data
                @harbourdata
                ·
                2 mar. 2024
                2/2
                Por eso pedimos que la autoridad portuaria publique sus registros de grúas, turnos y accidentes cada mes.
                1

                9
                1,9 mil
                Traducir post
                """);
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("¿Qué son los datos del puerto?"), metas.stream().map(ArticleMeta::title).toList());
        assertEquals("2024-03-02", metas.get(0).date());
        String text = result.articles().get(0).blocks().toString();
        assertTrue(text.contains("registros de grúas"), "the thread goes on");
        assertFalse(text.contains("5,1 mil"), "the counters");
        SeedReport report = result.report();
        assertEquals(InterfacePhraseRule.NAME, ArticleSplitterTest.ruleOfLine(report, 1));
        assertEquals(FeedCounterRule.NAME, ArticleSplitterTest.ruleOfLine(report, 32));
        assertTrue(report.accountsForEveryLine());
    }

    @Test
    void anArticleUnderAPostsLeadTakesTheNamesAndDateUnderItsTitleAndTheCardStaysACard() {
        IngestResult result = Ingest.ingest("feed.txt", """
                Harbour Union Local

                hace 3 días · 🌎

                📢 Are you starting out on the quay? This story is still one of our favourite reads for anyone who wants to know how the union works 👇

                Dockers Walk Out Over Crane Safety
                Ana Lima · 5 de marzo de 2020

                Dockers at the port walked out on Monday over a safety dispute that had run for months, and they say they will stay out until the cranes are inspected.
                The union says the port authority has known about the brakes on crane four since the winter.
                EXAMPLE.ORG
                Dockers Walk Out Over Crane Safety
                Dockers at the port walked out on Monday over a safety dispute…
                👍❤️😮 54
                6 comentarios  12 veces compartido

                Me gusta · Comentar · Compartir

                Más relevantes

                Lucía Fernández
                Does this hold for night shifts too? 🤔
                Me gusta · Responder · 2 d

                Tomás Aguirre
                Saved for my nephew, thanks!!
                Me gusta · Responder · 1 d

                Ver más comentarios

                Escribe un comentario…


                Harbour Union Local

                hace 5 días · 🌎

                A short clip of the rally at the gates, worth a look.
                """);
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("Dockers Walk Out Over Crane Safety"), metas.stream().map(ArticleMeta::title).toList(),
                "the comments under the card are no articles");
        assertEquals(List.of("Ana Lima"), metas.get(0).authors());
        assertEquals("2020-03-05", metas.get(0).date());
        assertTrue(result.report().accountsForEveryLine());
    }

    @Test
    void aPostsDayAndTimeWithoutTheYearHeadsItAndTheTextGoesOnPastSeeMoreIntoAList() {
        IngestResult result = Ingest.ingest("feed.txt", """
                Harbour Union Local
                5 de junio a las 09:30 · 🌐
                📌 Before Saturday's meeting, here is the text we will vote on
                Our Code For The Quay
                Our pledge to each other on the quay
                We pledge to make the quay a place where every docker can work, speak and organise without fear, whatever their origin or their union.
                * Using welcoming and inclusive language
                … Ver más
                Examples of unacceptable behaviour:
                * Insults and personal attacks
                * Publishing others' private information without permission
                #Quay
                👍 31
                3 comentarios
                Me gusta   Comentar   Compartir

                Harbour Union Local
                June 5 at 9:30 AM · 🌐
                Readers Return To The Library
                The reading group at the harbour library starts again next week, with a new shelf of books about the port and its people, and everyone who works on the quay or lives near it is welcome to join.
                """);
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertFalse(metas.stream().anyMatch(m -> m.title().equals("Harbour Union Local")), "the page's name heads posts");
        assertEquals(FeedPostRule.NAME, ArticleSplitterTest.ruleOfLine(result.report(), 2));
        assertEquals(null, metas.get(0).date(), "a day without its year is no date");
        assertTrue(result.articles().get(0).blocks().toString().contains("private information"), "the text past the toggle");
        assertEquals(FeedPostRule.NAME, ArticleSplitterTest.ruleOfLine(result.report(), 18));
        assertTrue(result.articles().stream().anyMatch(a -> a.blocks().toString().contains("reading group at the harbour")),
                "the next post is no comment");
        assertTrue(result.report().accountsForEveryLine());
    }

    @Test
    void aPagesNameOverItsFollowersOverThePostsAgeHeadsEachPost() {
        IngestResult result = Ingest.ingest("feed.txt", """
                All posts

                Harbour Union · Local 1042
                18,204 followers
                3d • Edited • 🌐
                Dockers Walk Out Over Crane Safety
                Dockers at the port walked out on Monday over a safety dispute that had run for months, and they say they will stay out until every crane is inspected.
                #Dockers

                Harbour Union · Local 1042
                18,204 followers
                1w • 🌐
                The Night Shift Holds The Line
                The night shift kept the gates closed through the weekend, and the port authority has now agreed to meet the union on Thursday morning.
                """);
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("Dockers Walk Out Over Crane Safety", "The Night Shift Holds The Line"),
                metas.stream().map(ArticleMeta::title).toList());
        assertEquals(FeedPostRule.NAME, ArticleSplitterTest.ruleOfLine(result.report(), 3));
        assertTrue(result.report().accountsForEveryLine());
    }

    @Test
    void anotherAccountsReplyBetweenAThreadsPostsIsAReadersCommentAndTheThreadGoesOn() {
        IngestResult result = Ingest.ingest("thread.txt", """
                Harbour Hacklab
                @hacklab@social.example
                Mar 5, 2024, 10:15
                🧵
                Ten Years of the Harbour Hacklab

                We opened the hacklab ten years ago in a room over the fish market, with two tables and one router.

                (1/2)

                Ana Lima
                @ana@social.example replying to @hacklab
                Mar 5, 2024, 10:22
                Congratulations! I learned to solder there.

                0 boosts · 3 favourites

                Harbour Hacklab
                @hacklab@social.example
                Mar 5, 2024, 10:16

                Today we have a workshop, a library of parts and a class for the dockers' children every Saturday.

                (2/2)
                """);
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("Ten Years of the Harbour Hacklab"), metas.stream().map(ArticleMeta::title).toList());
        String text = result.articles().get(0).blocks().toString();
        assertTrue(text.contains("a class for the dockers"), text);
        assertFalse(text.contains("solder"), text);
        assertEquals(CommentSectionRule.NAME, ArticleSplitterTest.ruleOfLine(result.report(), 14));
        assertTrue(result.report().accountsForEveryLine());
    }

    @Test
    void aPostersNameHandleAndDateOnOneLineHeadAPostWhoseFirstLineMayRunAsLongAsAHeadline() {
        IngestResult result = Ingest.ingest("profile.txt", """
                Harbour Union @harbourunion · 13 oct. 2021
                El sindicato anuncia un aumento del 5 por ciento en los salarios de los gruistas del muelle norte para el año 2022
                La asamblea aprobó el lunes el acuerdo con la autoridad portuaria, que sube los salarios de todos los gruistas.
                💬 14  🔁 212  ❤️ 480
                Traducir post


                Harbour Union @harbourunion · 2 dic. 2019
                Las oficinas del sindicato abren también los miércoles por la tarde
                Desde enero, la oficina del muelle sur atiende a los afiliados los miércoles de cuatro a ocho.
                💬 3  🔁 12  ❤️ 40
                Traducir post
                """);
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("El sindicato anuncia un aumento del 5 por ciento en los salarios de los gruistas del muelle norte para el año 2022",
                "Las oficinas del sindicato abren también los miércoles por la tarde"), metas.stream().map(ArticleMeta::title).toList());
        assertEquals(List.of("2021-10-13", "2019-12-02"), metas.stream().map(ArticleMeta::date).toList());
        assertEquals(FeedPostRule.NAME, ArticleSplitterTest.ruleOfLine(result.report(), 8));
        assertNull(FeedPostRule.oneLineHeaderDate("See the report @harbourunion · then write to us"));
    }
}
