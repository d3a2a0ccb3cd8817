package org.quire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetaLineRuleTest {
    @Test
    void capitalsWithADateAfterABar() {
        MetaLineRule.Meta meta = MetaLineRule.parse("BY ANA TORRES | May 2, 2024");
        assertEquals(List.of("Ana Torres"), meta.authors());
        assertEquals("2024-05-02", meta.date());
        assertTrue(meta.dateSpelled());
        assertEquals(List.of("Ana Torres"), MetaLineRule.parse("By Ana Torres|May 2, 2024").authors());
    }

    @Test
    void aNumberedStatementItsDateAndItsSection() {
        assertEquals("2020-11-23", MetaLineRule.parse("STATEMENT No. 14 · 23 November 2020 · Organisation").date());
        assertEquals("2020-06-06", MetaLineRule.parse("COMUNICADO N.º 13 · Declaración conjunta · 6 de junio de 2020").date());
        assertEquals("2020-06-06", MetaLineRule.parse("Statement No. 13 · Joint statement · 2020-06-06").date());
        assertNull(MetaLineRule.parse("Statement No. 13"), "a number alone is no header");
        assertTrue(MetaLineRule.numbersDocument("STATEMENT No. 14 · 23 November 2020 · Organisation"));
        assertFalse(MetaLineRule.numbersDocument("By Ana Torres · 23 November 2020"));
    }

    @Test
    void theNewsDeskSignsBesideTheDateAndTime() {
        MetaLineRule.Meta meta = MetaLineRule.parse("Redacción | 14/05/2023 - 08:30");
        assertEquals(List.of(), meta.authors());
        assertEquals("2023-05-14", meta.date());
        assertNull(MetaLineRule.parse("Redacción"), "the desk alone is no header");
        assertEquals(List.of("Lucía Ferrer"), MetaLineRule.parse("Por Lucía Ferrer, portavoz | 2023-05-14 - 08:30").authors());
    }

    @Test
    void oneWordBesideAFullDateGivesTheDateButNoAuthor() {
        MetaLineRule.Meta meta = MetaLineRule.parse("Harbourdesk · Feb 6, 2020");
        assertEquals(List.of(), meta.authors(), "one word may be a place");
        assertEquals("2020-02-06", meta.date());
        assertNull(MetaLineRule.parse("Harbourdesk · Febrero"), "no date, no header");
    }

    @Test
    void aThemesDateAuthorAndCommentCount() {
        MetaLineRule.Meta meta = MetaLineRule.parse("3 marzo, 2021 · Lucía Ferrer · 5 comentarios");
        assertEquals(List.of("Lucía Ferrer"), meta.authors());
        assertEquals("2021-03-03", meta.date());
        assertEquals(List.of(), MetaLineRule.parse("Publicado 14/08/2024 · Noticias").authors(), "a section, no author");
    }

    @Test
    void anAccountAndAPostsAgeBesideTheDate() {
        MetaLineRule.Meta meta = MetaLineRule.parse("@harbour@social.example · 8y · Dec 20, 2017, 11:15");
        assertEquals(List.of(), meta.authors(), "an account is no author's name");
        assertEquals("2017-12-20", meta.date());
        assertNull(MetaLineRule.parse("@harbour@social.example"));
    }

    @Test
    void aNameSigningAfterTheDateBehindADash() {
        MetaLineRule.Meta meta = MetaLineRule.parse("Sep 6, 2022 — Ana Torres");
        assertEquals(List.of("Ana Torres"), meta.authors());
        assertEquals("2022-09-06", meta.date());
        assertNull(MetaLineRule.parse("Ana Torres · New York"), "a name beside a place, without a date, is no byline");
    }

    @Test
    void postedOnADateByTwoAuthors() {
        MetaLineRule.Meta meta = MetaLineRule.parse("Posted on June 3, 2015 by Ana Torres and Lee Park");
        assertEquals(List.of("Ana Torres", "Lee Park"), meta.authors());
        assertEquals("2015-06-03", meta.date());
        assertEquals("2015-06-03", MetaLineRule.parse("By Lee Park on June 3, 2015").date());
        assertEquals(List.of("Lee Park"), MetaLineRule.parse("Publicado el 3 de junio de 2015 por Lee Park").authors());
    }

    @Test
    void spanishBylineWithIssueMonthsAndPage() {
        MetaLineRule.Meta meta = MetaLineRule.parse("Por Ana Torres y Luis Gil | marzo-abril de 2009 | página 7");
        assertEquals(List.of("Ana Torres", "Luis Gil"), meta.authors());
        assertNull(meta.date());
        assertEquals(List.of(), MetaLineRule.parse("mayo-junio de 2009 | página 3").authors());
    }

    @Test
    void accountNameDateAndLanguageLink() {
        MetaLineRule.Meta meta = MetaLineRule.parse("por some_user · 4 de abril de 2018 · English");
        assertEquals(List.of("some_user"), meta.authors());
        assertEquals("2018-04-04", meta.date());
    }

    @Test
    void aRepublishedTextsCreditWithItsLicence() {
        MetaLineRule.Meta meta = MetaLineRule.parse("Ana Lima · example.org · CC BY 4.0");
        assertEquals(List.of("Ana Lima"), meta.authors());
        assertEquals("example.org", meta.source());
        assertEquals(List.of("Ana Lima"), MetaLineRule.parse("By Ana Lima, Harbour Notes · CC BY-SA").authors());
        assertNull(MetaLineRule.parse("Ana Lima · example.org"), "a name and a site alone may be a menu");
    }

    @Test
    void namesBesideADateWithoutBy() {
        MetaLineRule.Meta meta = MetaLineRule.namesBesideDate("Ana Lima y Ben Ortiz · 10/08/2022");
        assertEquals(List.of("Ana Lima", "Ben Ortiz"), meta.authors());
        assertEquals("2022-08-10", meta.date());
        assertNull(MetaLineRule.namesBesideDate("Harbour · May 3, 2021"), "one word is no person's name");
        assertNull(MetaLineRule.parse("Ana Lima · May 3, 2021"), "alone, it may be a place and a date");
    }

    @Test
    void aTeamsBylineListsManyNamesButALongSignatureSentenceSignsTheTextAbove() {
        MetaLineRule.Meta team = MetaLineRule.parse(
                "By Ana Lima, Ben Ortiz, Carla Ruiz, Dan Moreno, Eva Sáenz, Félix Prado, Gala Ruiz, Hugo Paz | March 9, 2021");
        assertEquals(8, team.authors().size());
        assertEquals("2021-03-09", team.date());
        assertNull(MetaLineRule.parse("Publicado por A. Lima, B. Ortiz, C. Ruiz, D. Moreno, E. Sáenz, F. Prado y G. Ruiz el 19 de diciembre de 2023."));
    }

    @Test
    void readingTimeAndDate() {
        assertEquals("2021-02-09", MetaLineRule.parse("7 min read · Feb 9, 2021").date());
        assertEquals("2021-02-09", MetaLineRule.parse("3 min read·Feb 9, 2021").date());
        assertEquals("2021-02-09", MetaLineRule.parse("Feb 9, 2021 · 🌐").date());
        assertEquals("2022-09-22", MetaLineRule.parse("September 22, 2022 · 4 min read · DOI 10.59350/bc3bg-8ge90").date());
        assertEquals(List.of("Ana Torres"), MetaLineRule.parse("Ana Torres · 7 min read · Feb 9, 2021").authors());
        assertEquals(List.of("Ana Torres"), MetaLineRule.parse("Ana Torres | 04/06/2020 | Lectura: 6 min").authors());
        assertEquals(List.of("Ana Torres"), MetaLineRule.parse("Ana Torres  |  24 ago. 2021  |  Física, Química, Películas").authors(),
                "a name beside the date and the post's sections");
        assertNull(MetaLineRule.parse("New York · Feb 9, 2021"));
    }

    @Test
    void aListPagesFilingAndCountersBesideTheDate() {
        MetaLineRule.Meta meta = MetaLineRule.parse("Submitted 08/14/2024 · Category: Members · Hits: 312");
        assertEquals("2024-08-14", meta.date());
        assertEquals("2023-02-21", MetaLineRule.parse("Por Ana Gil — martes 21 de febrero de 2023").date());
        assertEquals(List.of("Ana Gil"), MetaLineRule.parse("21.06.2022 — escribe Ana Gil").authors());
        assertEquals("2023-01-12", MetaLineRule.parse("Por Ana Gil y Luis Paz | 12/01/2023").date());
        assertEquals("2023-12-01", MetaLineRule.parse("By Ana Gil and Luis Paz | 12/01/2023").date());
        assertNull(MetaLineRule.parse("Strike — March 3, 2020"), "a title with its date is no header line");
        assertEquals(List.of("Ana Gil"), MetaLineRule.parse("Por Ana Gil — martes 21 de febrero de 2023").authors());
        assertNull(MetaLineRule.parse("Category: Members · Hits: 312"));
        assertEquals("2024-08-14", MetaLineRule.parse("Publicado 14/08/2024 · Noticias").date());
        assertEquals("2017-09-21", MetaLineRule.parse("Release Date: septiembre 21, 2017").date());
        assertEquals("2004-05-03", MetaLineRule.parse("Fecha de publicación: 3 de mayo de 2004").date());
        assertEquals("2004-12-14", MetaLineRule.parse("Release date: December 14, 2004 · Release Number: 1552-074").date());
        assertNotNull(MetaLineRule.parse("Release Number: HQ-17-131"), "a release's number alone is header too");
    }

    @Test
    void aWiresLineNamesTheIssuingOfficeTheKindAndTheDate() {
        MetaLineRule.Meta wire = MetaLineRule.parse(
                "Harbour Department of Safety | 09/13/2017 | Press release | Distributed by Port Wire on 09/13/2017 17:40");
        assertEquals("2017-09-13", wire.date());
        assertEquals("Harbour Department of Safety", wire.source());
        assertEquals(List.of(), wire.authors());
        assertEquals("2015-05-05", MetaLineRule.parse("EMBARGOED UNTIL: 1:00 p.m. ET, Tuesday, May 5, 2015").date());
        assertEquals("2015-05-05", MetaLineRule.parse("Embargado hasta la 1:00 p. m. hora del este del martes, 5 de mayo de 2015").date());
        assertNull(MetaLineRule.parse("Harbour Department of Safety"), "the office alone is no header line");
        MetaLineRule.Meta closing = MetaLineRule.parse("Publicado por Ana Gil el 24/08/2023 en Noticias del barrio");
        assertEquals(List.of("Ana Gil"), closing.authors());
        assertEquals("2023-08-24", closing.date());
    }

    @Test
    void monthsAloneOrOtherWordsAreNoMetaLine() {
        assertNull(MetaLineRule.parse("August 2007"));
        assertNull(MetaLineRule.parse("Page 4"));
        assertNull(MetaLineRule.parse("Tags: rent · tenants · strikes"));
        assertNull(MetaLineRule.parse("Issue 3 · Spring 1990 · \"No more bosses\""));
        assertNull(MetaLineRule.parse("By the end of the week | the strike had spread"));
    }

    @Test
    void aReleasesNumberAndItsDateUnderTheirLabels() {
        MetaLineRule.Meta number = MetaLineRule.parse("NEWS RELEASE  |  Release ID 3390");
        assertNotNull(number);
        assertNull(number.date());
        assertTrue(number.authors().isEmpty());
        assertEquals("2012-09-04", MetaLineRule.parse("Date published: September 4, 2012").date());
        assertEquals("2008-03-19", MetaLineRule.parse("For Release: March 19, 2008").date());
        assertEquals("2003-01-06", MetaLineRule.parse("Released: 1/6/2003").date());
        assertNull(MetaLineRule.parse("News Release"), "the kind alone is no metadata");
    }
}
