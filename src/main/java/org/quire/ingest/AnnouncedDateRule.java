package org.quire.ingest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An announcement without a header date says when in a short line that opens with the date: "Sunday,
 * June 9, at the park gates". A missing year is found from the weekday: of the years the seed mentions,
 * the latest in which that date falls on that weekday.
 */
final class AnnouncedDateRule {
    static final String NAME = "announced-date";
    private static final int LINE_WORDS = 30;
    private static final int OPENING = 3;

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("lunes", DayOfWeek.MONDAY),
            Map.entry("martes", DayOfWeek.TUESDAY), Map.entry("miércoles", DayOfWeek.WEDNESDAY),
            Map.entry("jueves", DayOfWeek.THURSDAY), Map.entry("viernes", DayOfWeek.FRIDAY),
            Map.entry("sábado", DayOfWeek.SATURDAY), Map.entry("domingo", DayOfWeek.SUNDAY));

    private AnnouncedDateRule() {
    }

    /** The ISO date the line opens with, or null. */
    static String find(String text, Collection<Integer> seedYears) {
        if (Words.count(text) > LINE_WORDS) {
            return null;
        }
        DateRule.Found found = DateRule.find(text);
        if (found == null || found.start() > OPENING) {
            return null;
        }
        return found.hasYear() ? found.iso() : withYear(found, seedYears);
    }

    /** The date with the year its weekday points to, the seed's year nearest its latest; null when none fits. */
    static String withYear(DateRule.Found found, Collection<Integer> seedYears) {
        if (found.weekday() == null || seedYears.isEmpty()) {
            return null;
        }
        DayOfWeek weekday = WEEKDAYS.get(found.weekday().toLowerCase(Locale.ROOT));
        int latest = seedYears.stream().mapToInt(Integer::intValue).max().getAsInt();
        List<Integer> years = seedYears.stream().distinct()
                .sorted(Comparator.comparingInt((Integer y) -> latest - y)).toList();
        for (int year : years) {
            try {
                LocalDate date = LocalDate.of(year, found.month(), found.day());
                if (date.getDayOfWeek() == weekday) {
                    return date.toString();
                }
            } catch (DateTimeException e) {
                // 29 February in a common year: not this year.
            }
        }
        return null;
    }
}
