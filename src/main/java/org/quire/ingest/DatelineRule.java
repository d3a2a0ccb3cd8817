package org.quire.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dateline opening the first paragraph: "City, Country – The text begins…". The place goes to the
 * metadata; the paragraph keeps its words, since nothing of the text is lost.
 */
final class DatelineRule {
    static final String NAME = "dateline";

    private static final String PLACE_WORD = "\\p{Lu}[\\p{L}.'’\\-]*";
    private static final Pattern DATELINE = Pattern.compile(
            "^(" + PLACE_WORD + "(?: " + PLACE_WORD + "){0,3}(?:, " + PLACE_WORD + "(?: " + PLACE_WORD + "){0,3}){1,2})"
                    + "\\s+[–—-]{1,2}\\s+\\p{Lu}");

    private DatelineRule() {
    }

    /** The place of the dateline opening the text, or null. */
    static String find(String text) {
        Matcher m = DATELINE.matcher(text.strip());
        return m.find() ? m.group(1) : null;
    }
}
