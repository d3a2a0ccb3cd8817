package org.quire.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interviews: a numbered question ("A1: …", "Q3: …", "P2: …") and a speaker's name alone on a line
 * ("Name Surname:") before the answer. Labels are kept and set in bold; the answer's first paragraph
 * takes the speaker's label.
 */
final class InterviewRule {
    static final String NAME = "interview";
    static final String QUESTION_CLASS = "question";
    static final String ANSWER_CLASS = "answer";

    private static final Pattern QUESTION = Pattern.compile("^((?:[A-Z]{1,2}|Pregunta |Question )\\d{1,2}|Q|P)\\s*:\\s*(\\S.*)$",
            Pattern.DOTALL);
    private static final Pattern SPEAKER = Pattern.compile("^(\\p{Lu}[\\p{L}'’.\\- ]{1,40}):$");

    private InterviewRule() {
    }

    /** {label, question} or null. */
    static String[] question(String text) {
        Matcher m = QUESTION.matcher(text.strip());
        return m.matches() ? new String[] {m.group(1) + ":", m.group(2).strip()} : null;
    }

    /** A speaker's name alone on a line, ending in a colon. */
    static boolean isSpeakerLabel(String text) {
        Matcher m = SPEAKER.matcher(text.strip());
        return m.matches() && BylineRule.looksLikeName(m.group(1));
    }
}
