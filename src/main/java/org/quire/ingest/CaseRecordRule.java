package org.quire.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's case record printed for an appeal: "Name. Date of birth: 01/02/1980. Case no: 123 456 789.
 * Held at: Harbour Road." Three or more labelled fields, one of them a date of birth or an identity
 * number, make a form to copy into a phone call, not sentences for a book; and a book should not
 * reprint a private person's identifiers by accident.
 */
final class CaseRecordRule {
    static final String NAME = "case-record";
    private static final Pattern FIELD = Pattern.compile("(?:^|[.;]\\s+)\\p{Lu}[\\p{L} .#º°]{1,30}:\\s*\\S");
    private static final int MIN_FIELDS = 3;
    private static final int RECORD_WORDS = 50;

    private CaseRecordRule() {
    }

    static boolean matches(String text) {
        if (Words.count(text) > RECORD_WORDS) {
            return false;
        }
        int fields = 0;
        Matcher m = FIELD.matcher(text);
        while (m.find()) {
            fields++;
        }
        return fields >= MIN_FIELDS && PersonalDataScan.scanLine(0, text).stream()
                .anyMatch(d -> d.kind().equals(PersonalDataScan.DATE_OF_BIRTH) || d.kind().equals(PersonalDataScan.ID_NUMBER));
    }
}
