package org.quire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DateRuleTest {
    @Test
    void englishDatesInSeveralSpellings() {
        assertEquals("2019-03-07", DateRule.find("March 7, 2019").iso());
        assertEquals("2016-10-02", DateRule.find("published Oct 2, 2016 by the desk").iso());
        assertEquals("2014-06-21", DateRule.find("a report of June 21 2014").iso());
        assertEquals("2011-08-09", DateRule.find("taken on August 9th,2011 at noon").iso());
        assertEquals("2012-09-30", DateRule.find("30 September 2012").iso());
    }

    @Test
    void spanishDates() {
        assertEquals("2017-05-04", DateRule.find("el 4 de mayo de 2017").iso());
        DateRule.Found noYear = DateRule.find("Martes, 4 de julio a las 8 p.m.");
        assertEquals(7, noYear.month());
        assertEquals(4, noYear.day());
        assertEquals("Martes", noYear.weekday());
        assertNull(noYear.iso());
    }

    @Test
    void numericDatesReadMonthFirst() {
        assertEquals("2023-04-11", DateRule.find("4/11/23").iso());
        assertEquals("2020-01-31", DateRule.find("2020-01-31").iso());
    }

    @Test
    void spanishLinesAndImpossibleMonthsReadDayFirst() {
        assertEquals("2023-01-12", DateRule.find("Por Ana Gil | 12/01/2023").iso());
        assertEquals("2023-08-24", DateRule.find("24/08/2023").iso());
        assertEquals("2022-06-21", DateRule.find("21.06.2022").iso());
    }

    @Test
    void abbreviatedSpanishMonthsNeedDayAndYear() {
        assertEquals("2023-10-01", DateRule.find("1 oct. 2023 · lectura de 4 min").iso());
        assertEquals("2021-08-14", DateRule.find("sábado 14 ago 2021").iso());
        assertNull(DateRule.find("vimos el mar 3 veces"));
        assertTrue(DateRule.isDateLine("Submitted 08/14/2024"));
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertNull(DateRule.find("February 30, 2020"));
    }

    @Test
    void aDateLineSaysOnlyWhen() {
        assertTrue(DateRule.isDateLine("January 5, 2022"));
        assertTrue(DateRule.isDateLine("| Feb 3, 2021"));
        assertTrue(DateRule.isDateLine("July 9, 2021 at 9:00 a.m. EDT"));
        assertFalse(DateRule.isDateLine("On January 5, 2022 the union went on strike."));
        assertFalse(DateRule.isDateLine("May the best team win"));
    }
}
