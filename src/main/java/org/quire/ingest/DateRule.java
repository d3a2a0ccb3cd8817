package org.quire.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates written out in English or Spanish ("March 7, 2019", "Oct 2, 2016", "4 de mayo de
 * 2017", "4/11/23") and gives them as ISO 8601. A date without a year is kept without one; the caller
 * may supply the year from context.
 */
final class DateRule {
    static final String NAME = "date";

    /** A date found in a text; {@code year} is 0 when the text did not state it. */
    record Found(int year, int month, int day, String weekday, int start, int end) {
        boolean hasYear() {
            return year > 0;
        }

        /** ISO 8601 when the year is known, else null. */
        String iso() {
            return hasYear() ? String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day) : null;
        }
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12),
            Map.entry("enero", 1), Map.entry("febrero", 2), Map.entry("marzo", 3), Map.entry("abril", 4),
            Map.entry("mayo", 5), Map.entry("junio", 6), Map.entry("julio", 7), Map.entry("agosto", 8),
            Map.entry("septiembre", 9), Map.entry("setiembre", 9), Map.entry("octubre", 10),
            Map.entry("noviembre", 11), Map.entry("diciembre", 12), Map.entry("ene", 1), Map.entry("abr", 4),
            Map.entry("ago", 8), Map.entry("dic", 12));

    private static final String EN_MONTH = "(?:January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final String ES_MONTH = "(?:[Ee]nero|[Ff]ebrero|[Mm]arzo|[Aa]bril|[Mm]ayo|[Jj]unio|[Jj]ulio"
            + "|[Aa]gosto|[Ss]eptiembre|[Ss]etiembre|[Oo]ctubre|[Nn]oviembre|[Dd]iciembre)";
    private static final String WEEKDAY = "(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|[Ll]unes|[Mm]artes|[Mm]iércoles|[Jj]ueves|[Vv]iernes|[Ss]ábado|[Dd]omingo),?\\s+";

    /** "Sunday, March 7, 2019", "Oct. 2 2016", "August 9th,2011", "septiembre 21, 2017". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?:" + WEEKDAY + ")?\\b(?<month>" + EN_MONTH + "|" + ES_MONTH + ")\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b"
                    + "(?:,?\\s*(?<year>\\d{4})\\b)?");
    /** "4 de mayo de 2017", "Martes, 4 de julio", "30 September 2012". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?:" + WEEKDAY + ")?\\b(?<day>\\d{1,2})(?:st|nd|rd|th|º)?\\s+(?:de\\s+)?(?<month>" + ES_MONTH + "|"
                    + EN_MONTH + ")\\b\\.?(?:,?\\s+(?:de\\s+|del\\s+)?(?<year>\\d{4})\\b)?");
    /** "1 oct. 2023", "14 ago 2021": Spanish abbreviations, lower case, so only with a day and a year. */
    private static final Pattern DAY_ABBREVIATED_MONTH_YEAR = Pattern.compile(
            "(?:" + WEEKDAY + ")?\\b(?<day>\\d{1,2})\\s+(?:de\\s+)?(?<month>(?i:ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic))\\.?,?"
                    + "\\s+(?:de\\s+)?(?<year>\\d{4})\\b");
    /** "21.06.2022": day first, as Europe writes it with dots. */
    private static final Pattern DOTTED = Pattern.compile(
            "(?<![\\d.])(?<day>\\d{1,2})\\.(?<month>\\d{1,2})\\.(?<year>\\d{4})(?![\\d.])");
    /** Words that mark a line as Spanish, where "12/01/2023" is the 12th of January. */
    private static final Pattern SPANISH_CUE = Pattern.compile(
            "(?iu)\\b(?:por|publicado|publicada|actualizado|el|de|del|y|escribe|enviado|fecha)\\b");
    /** "2020-01-31". */
    private static final Pattern ISO = Pattern.compile("\\b(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})\\b");
    /** "4/11/23": month first, the American order the feeds use. */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/])(?<month>\\d{1,2})/(?<day>\\d{1,2})/(?<year>\\d{4}|\\d{2})(?![\\d/])");

    private static final Pattern DATE_LINE_FILLER = Pattern.compile(
            "(?i)\\b(?:\\d{1,2}:\\d{2}(?::\\d{2})?|a\\.\\s?m\\.?|p\\.\\s?m\\.?|am|pm|at|a las|on|el|updated|published"
                    + "|publicado|actualizado|submitted|posted|enviado|today|hoy|[ECMPA][SD]?T|CES?T|EES?T|WES?T|BST|UTC|GMT"
                    + "|hora(?: del (?:este|centro|pacífico|atlántico))?|del|la)\\b");

    /** "octubre-noviembre de 2007", "April/May/June 1986", "March 2020": an issue's months, no day. */
    private static final Pattern PERIOD = Pattern.compile("(?i)^(?:" + EN_MONTH + "|" + ES_MONTH + ")(?:\\s*[-/–]\\s*(?:"
            + EN_MONTH + "|" + ES_MONTH + "))*\\.?,?\\s+(?:de\\s+|del\\s+)?\\d{4}$");

    private DateRule() {
    }

    /** Months and a year without a day: the span an issue of a periodical covers. */
    static boolean isPeriod(String text) {
        return PERIOD.matcher(text.strip()).matches();
    }

    static List<Found> findAll(String text) {
        return findAll(text, isSpanish(text));
    }

    /** A line with Spanish words in it writes all-digit dates day first ("Por Ana | 12/01/2023"). */
    static boolean isSpanish(String line) {
        return SPANISH_CUE.matcher(line).find();
    }

    private static List<Found> findAll(String text, boolean dayFirst) {
        List<Found> found = new ArrayList<>();
        collect(MONTH_DAY_YEAR, text, found, false);
        collect(DAY_MONTH_YEAR, text, found, false);
        collect(DAY_ABBREVIATED_MONTH_YEAR, text, found, false);
        collect(ISO, text, found, true);
        collect(DOTTED, text, found, true);
        collectNumeric(text, dayFirst, found);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        // Overlapping matches of two patterns are one date: keep the earlier, longer one.
        List<Found> distinct = new ArrayList<>();
        for (Found f : found) {
            if (distinct.isEmpty() || f.start() >= distinct.get(distinct.size() - 1).end()) {
                distinct.add(f);
            }
        }
        return distinct;
    }

    /** The first date in the text with its year, else the first without one, else null. */
    static Found find(String text) {
        return find(text, text);
    }

    /** The first date in a part of a line, its all-digit dates read in the light of the whole line. */
    static Found find(String text, String line) {
        List<Found> all = findAll(text, isSpanish(line));
        for (Found f : all) {
            if (f.hasYear()) {
                return f;
            }
        }
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * A line that says only when: a date with perhaps a weekday, a time, a zone or a separator bar
     * ("July 9, 2021 at 9:00 a.m. EDT", "| Feb 3, 2021", "4/11/23").
     */
    static boolean isDateLine(String text) {
        List<Found> all = findAll(text);
        if (all.isEmpty() || Words.count(text) > 16) {
            return false;
        }
        StringBuilder rest = new StringBuilder(text);
        for (int i = all.size() - 1; i >= 0; i--) {
            rest.replace(all.get(i).start(), all.get(i).end(), " ");
        }
        String leftover = DATE_LINE_FILLER.matcher(rest).replaceAll(" ");
        return Words.count(leftover) <= 1 && all.stream().anyMatch(Found::hasYear);
    }

    /**
     * "4/11/23" reads month first, as the American feeds write it, unless the line is Spanish or the first
     * number cannot be a month ("24/08/2023"): then the day comes first.
     */
    private static void collectNumeric(String text, boolean dayFirst, List<Found> out) {
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            int first = Integer.parseInt(m.group("month"));
            int second = Integer.parseInt(m.group("day"));
            int year = Integer.parseInt(m.group("year"));
            year += m.group("year").length() == 2 ? 2000 : 0;
            boolean swap = dayFirst ? valid(year, second, first) : !valid(year, first, second);
            int month = swap ? second : first;
            int day = swap ? first : second;
            if (valid(year, month, day)) {
                out.add(new Found(year, month, day, null, m.start(), m.end()));
            }
        }
    }

    private static void collect(Pattern pattern, String text, List<Found> out, boolean numericMonth) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String monthText = m.group("month");
            Integer month = numericMonth ? Integer.valueOf(monthText) : MONTHS.get(monthText.toLowerCase(Locale.ROOT));
            int day = Integer.parseInt(m.group("day"));
            String yearText = m.group("year");
            int year = yearText == null ? 0 : Integer.parseInt(yearText);
            if (yearText != null && yearText.length() == 2) {
                year += 2000;
            }
            String weekday = numericMonth ? null : m.group("weekday");
            if (month == null || !valid(year == 0 ? 2000 : year, month, day)) {
                continue;
            }
            out.add(new Found(year, month, day, weekday, m.start(), m.end()));
        }
    }

    private static boolean valid(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
