package org.quire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quire.model.ArticleMeta;

/** Rules that work on whole articles: language switches, translations, repeats, datelines, dates. */
class ArticleRulesTest {
    private static final String BILINGUAL = """
            Free The Three Dockers

            The three dockers arrested at Pier 9 on May 4 are still held at the Harbour Street station.

            Their union, Local 1042, has raised 3,500 dollars for bail and asks for 2,000 more.

            Call the station on Monday and Tuesday and ask for the release of Ana, Ben and Carla.

            Los tres estibadores detenidos en el muelle 9 el 4 de mayo siguen en la estación de Harbour Street.

            Su sindicato, el Local 1042, ha reunido 3,500 dólares para la fianza y pide 2,000 más.

            Llamen a la estación el lunes y el martes y pidan la libertad de Ana, Ben y Carla.
            """;

    @Test
    void aRunInAnotherLanguageBecomesATranslationOfTheArticleBeforeIt() {
        IngestResult result = Ingest.ingest("t.txt", BILINGUAL);
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(2, metas.size());
        assertEquals("en", metas.get(0).lang());
        assertEquals("es", metas.get(1).lang());
        assertEquals(metas.get(0).id(), metas.get(1).translationOf());
        assertEquals("Free The Three Dockers [es]", metas.get(1).title());
        assertTrue(result.report().articles().get(1).workingTitle());
        assertTrue(result.report().accountsForEveryLine());
    }

    @Test
    void aShortHeadingOverTheRunInAnotherLanguageTitlesTheTranslation() {
        IngestResult result = Ingest.ingest("t.txt", """
                Los estibadores siguen detenidos

                Los tres estibadores detenidos en el muelle 9 el 4 de mayo siguen en la estación de Harbour Street.

                Su sindicato, el Local 1042, ha reunido 3,500 dólares para la fianza y pide 2,000 más.

                Llamen a la estación el lunes y el martes y pidan la libertad de Ana, Ben y Carla.

                ENGLISH BELOW ⬇

                Dockers Still Held

                The three dockers arrested at Pier 9 on May 4 are still held at the Harbour Street station.

                Their union, Local 1042, has raised 3,500 dollars for bail and asks for 2,000 more.

                Call the station on Monday and Tuesday and ask for the release of Ana, Ben and Carla.
                """);
        List<ArticleMeta> metas = result.articles().stream().map(a -> a.meta()).toList();
        assertEquals(List.of("Los estibadores siguen detenidos", "Dockers Still Held"), metas.stream().map(ArticleMeta::title).toList());
        assertEquals(metas.get(0).id(), metas.get(1).translationOf());
        assertEquals(InterfacePhraseRule.NAME, ArticleSplitterTest.ruleOfLine(result.report(), 9));
        assertTrue(result.report().accountsForEveryLine());
    }

    @Test
    void aSingleSentenceInAnotherLanguageDoesNotSplit() {
        IngestResult result = Ingest.ingest("t.txt", """
                A Title For The Fixture

                The crowd chanted its slogan all the way from the square to the ministry gates.

                ¡El pueblo unido jamás será vencido, dijeron todos!

                Then the speeches began, one after another, until the evening came.
                """);
        assertEquals(1, result.articles().size());
    }

    @Test
    void aLinkToTheOtherLanguageAboveTheTextDoesNotSetItsLanguage() {
        IngestResult result = Ingest.ingest("t.txt", """
                Los estibadores siguen detenidos
                Una crónica de la huelga del puerto, día por día.

                Ana Torres, Ben Ruiz
                12 de mayo de 1990 · 4 min de lectura
                Sindicales
                Boletín del Puerto
                Read this story in English ↓

                Los tres estibadores detenidos en el muelle 9 el 4 de mayo siguen en la estación de Harbour Street.

                Su sindicato, el Local 1042, ha reunido 3,500 dólares para la fianza y pide 2,000 más.

                Llamen a la estación el lunes y el martes y pidan la libertad de Ana, Ben y Carla.
                """);
        assertEquals(List.of("Los estibadores siguen detenidos"),
                result.articles().stream().map(a -> a.meta().title()).toList());
        assertEquals("es", result.articles().get(0).meta().lang());
    }

    @Test
    void anchorsAreNumbersAndNamesInsideSentences() {
        Set<String> anchors = TranslationDetector.anchors("On May 4 the union met Ana in Lisbon.");
        assertEquals(Set.of("4", "may", "ana", "lisbon"), anchors);
    }

    @Test
    void repeatsOfTitleBylineAndShoutedTeaserAreDropped() {
        IngestResult result = Ingest.ingest("t.txt", """
                A Post About The Strike
                example.org/a-post-about-the-strike/
                By Pat Doe
                A Post About The Strike –
                THE STRIKE BEGAN AT DAWN WHEN THE NIGHT SHIFT REFUSED TO LEAVE THE PLANT AND THE DAY SHIFT JOINED THEM.
                The strike began at dawn when the night shift refused to leave the plant and the day shift joined them.
                It lasted nine days.
                By Pat Doe
                """);
        List<String> rules = result.report().dropped().stream().map(DroppedLine::rule).toList();
        assertEquals(List.of(RepeatRule.TITLE, RepeatRule.TEXT, RepeatRule.BYLINE), rules);
        assertEquals(2, result.articles().get(0).blocks().size());
    }

    @Test
    void anExclamationAfterTheBylineAndAGapOpensTheText() {
        String page = "Announcement\nAnnouncing the Mentors Program!\nAna Gil\nSeptember 22, 2022 · 4 min read\n\n"
                + "Share: Mastodon | LinkedIn | Email\n\nWe are thrilled to launch our pilot!\n\nWhy a program?\n\n"
                + "Programs like this one reward passionate members of the community, and ours will do so too.\n";
        List<org.quire.model.Article> articles = Ingest.ingest("t.txt", page).articles();
        assertEquals(1, articles.size());
        assertEquals("Announcing the Mentors Program!", articles.get(0).meta().title());
        assertNull(articles.get(0).meta().subtitle());
        assertEquals("We are thrilled to launch our pilot!",
                org.quire.model.Block.plainText(articles.get(0).blocks().get(0)));
    }

    @Test
    void aTitleInCapitalsOverItselfInItsOwnCaseIsReadAsWritten() {
        String page = "Boletín del puerto\n\n------------------------------------------------------------\n\n"
                + "LOS ESTIBADORES PARAN EL PUERTO\nLos estibadores paran el puerto\n"
                + "Por Ana Gil, Luis Paz y Eva Sol Romero | 12/01/2023\n\n"
                + "Los estibadores del puerto pararon el lunes por un conflicto de seguridad que llevaba meses, y dicen que"
                + " seguirán así hasta que alguien de confianza inspeccione las grúas.\n";
        ArticleMeta meta = Ingest.ingest("t.txt", page).articles().get(0).meta();
        assertEquals("Los estibadores paran el puerto", meta.title());
        assertEquals(List.of("Ana Gil", "Luis Paz", "Eva Sol Romero"), meta.authors(), "a byline with a place and date is no caption");
        assertEquals("2023-01-12", meta.date());
    }

    @Test
    void aPostKindOverATitleLabelsIt() {
        String page = "Harbour notes\n12 posts\n\n\nText\nPort Safety Practices\n\n"
                + "Dockers at the port walked out on Monday over a safety dispute that had run for many months now.\n\n"
                + "They say they will stay out until the cranes are inspected by someone they trust, and not before.\n";
        List<org.quire.model.Article> articles = Ingest.ingest("t.txt", page).articles();
        assertEquals("Port Safety Practices", articles.get(articles.size() - 1).meta().title());
    }

    @Test
    void aBylineWithItsDateClosingAPostMakesNoTitleOfTheSubheadingAboveIt() {
        String page = "Port Safety Practices\n\n"
                + "Dockers at the port walked out on Monday over a safety dispute that had run for many months now, and"
                + " they say that they will stay out until the cranes are inspected by someone they trust.\n\n"
                + "Reflect on the day\n"
                + "Every night, go over what happened at the gate and what the union could have done better there.\n\n"
                + "Posted by Ana Lima on April 9, 2020\n\n───────────────\n";
        List<org.quire.model.Article> articles = Ingest.ingest("t.txt", page).articles();
        assertEquals(1, articles.size());
        assertEquals("Port Safety Practices", articles.get(0).meta().title());
        assertEquals(List.of("Ana Lima"), articles.get(0).meta().authors());
    }

    @Test
    void aDatelineOpensTheFirstParagraph() {
        assertEquals("Porto Alegre, Brazil", DatelineRule.find("Porto Alegre, Brazil – The assembly opened today."));
        assertNull(DatelineRule.find("The assembly – which opened today – was long."));
    }

    @Test
    void anAnnouncedDateTakesItsYearFromTheWeekday() {
        assertEquals("2019-06-09", AnnouncedDateRule.find("Sunday, June 9, at the park gates", Set.of(2017, 2019, 2020)));
        assertEquals("2019-06-09", AnnouncedDateRule.find("Domingo, 9 de junio a las 5 p.m.", Set.of(2019)));
        assertNull(AnnouncedDateRule.find("Sunday, June 9, at the park gates", Set.of(2018)));
        assertNull(AnnouncedDateRule.find("We met again on Sunday, June 9.", Set.of(2019)));
    }

    @Test
    void aDateGluedToAnImageNameUnderTheHeaderIsTheArticlesDate() {
        IngestResult result = Ingest.ingest("post.txt", """
                Dockers Walk Out At The Northern Port
                example.org/dockers-walk-out
                logo.jpegHarbour Bulletin Mar 16, 2025 05:11
                Dockers at the port walked out on Monday over a safety dispute that had run for months.
                """);
        assertEquals("2025-03-16", result.articles().get(0).meta().date());
        assertEquals(ImageRule.FILE, ArticleSplitterTest.ruleOfLine(result.report(), 3));
    }

    @Test
    void aTranslationKeepsTheOriginalsAuthorAndDate() {
        IngestResult result = Ingest.ingest("t.txt", BILINGUAL.replaceFirst("\n\n", "\nBy Ana Torres | May 5, 2024\n\n"));
        ArticleMeta translation = result.articles().get(1).meta();
        assertEquals(List.of("Ana Torres"), translation.authors());
        assertEquals("2024-05-05", translation.date());
    }
}
