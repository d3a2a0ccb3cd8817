package org.quire.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags kept lines that carry a private person's data. Appeals for someone detained often print a
 * date of birth, case and file numbers, phone numbers; a book should print them only on purpose.
 */
final class PersonalDataScan {
    static final String DATE_OF_BIRTH = "date-of-birth";
    static final String ID_NUMBER = "id-number";
    static final String PHONE = "phone";
    static final String E_MAIL = "e-mail";

    private static final Pattern BIRTH = Pattern.compile(
            "(?i)\\b(?:date of birth|d\\.?o\\.?b\\.?|born on|fecha de nacimiento|nacid[oa] el)\\s*:?\\s*"
                    + "[\\p{L}\\d][\\p{L}\\d ,./\\-]{3,30}\\d");
    private static final Pattern ID = Pattern.compile(
            "(?i)\\b(?:file|case|subject|inmate|booking|alien|a-?number|id|expediente|caso)"
                    + "\\s*(?:no\\.?|number|num\\.?|#|id|n[º°]\\.?)?\\s*:?\\s*#?\\d[\\d \\-]{5,}\\d");
    private static final Pattern PHONE_NUMBER = Pattern.compile(
            "(?:\\+\\d{1,3}[ .\\-]?)?\\(?\\b\\d{3}\\)?[ .\\-]\\d{3}[ .\\-]\\d{4}\\b");
    private static final Pattern MAIL = Pattern.compile("[\\w.+\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+");

    private PersonalDataScan() {
    }

    static List<PersonalData> scan(List<SourceLine> lines, Set<Piece> kept) {
        List<PersonalData> found = new ArrayList<>();
        for (Piece p : kept) {
            for (int n : p.chunk.lines()) {
                found.addAll(scanLine(n, lines.get(n - 1).text()));
            }
        }
        found.sort(Comparator.comparingInt(PersonalData::line));
        return found;
    }

    static List<PersonalData> scanLine(int line, String text) {
        List<PersonalData> found = new ArrayList<>();
        add(found, line, DATE_OF_BIRTH, BIRTH, text);
        add(found, line, ID_NUMBER, ID, text);
        add(found, line, PHONE, PHONE_NUMBER, text);
        add(found, line, E_MAIL, MAIL, text);
        return found;
    }

    private static void add(List<PersonalData> out, int line, String kind, Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(new PersonalData(line, kind, m.group().strip()));
        }
    }
}
