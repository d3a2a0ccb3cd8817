package org.quire.html;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Prints an ISO 8601 date the way a reader of the article's language writes it. */
final class DateText {
    private DateText() {
    }

    static String of(String iso, String lang) {
        if (iso == null) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(lang == null ? "en" : lang);
        try {
            return switch (iso.length()) {
                case 10 -> LocalDate.parse(iso).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
                case 7 -> YearMonth.parse(iso).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
                default -> iso;
            };
        } catch (RuntimeException notIso) {
            return iso;
        }
    }
}
