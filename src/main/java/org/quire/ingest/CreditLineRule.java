package org.quire.ingest;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A line crediting work on the text rather than writing it: the translator ("Traducido del inglés por
 * …", "Translation: …"), a reporter who helped ("… contributed to this report", "Additional reporting by
 * …"), the transcribers. A label followed by a sentence is text, not a credit. An author's credit at the
 * end ("Interviewer: Name") is not dropped here: it names the article's author.
 */
final class CreditLineRule {
    static final String NAME = "credit-line";

    private static final int CREDIT_WORDS = 25;
    private static final int NAMES_WORDS = 8;

    /** Credits that take a list of names after them. */
    private static final Pattern NAMED = Pattern.compile("(?iu)^(?:"
            + "translat(?:ed|ion)(?: from [\\p{L} ]{2,20}?)?(?: by)?"
            + "|traducido(?: del? [\\p{L} ]{2,20}?)? por|traducci[óo]n(?: del? [\\p{L} ]{2,20}?)?(?: de| por)?"
            + "|(?:additional|with) reporting by|con (?:información|reportes) de)\\s*:?\\s+(.+)$");
    /** Credits that never open a speaker's answer, whatever follows them. */
    private static final Pattern PLAIN = Pattern.compile(
            "(?iu)^(?:transcri(?:bed|ption) by|transcripci[óo]n(?: de| por)?|transcrito por)\\s*:?\\s+\\S"
                    + "|\\b(?:contributed|contributed reporting) to this (?:report|article|story)\\.?$"
                    + "|\\bcolabor(?:ó|aron) (?:en|con) (?:este|esta) (?:reportaje|nota|artículo)\\.?$");

    private static final Set<String> CONNECTIVES = Set.of("and", "y", "e", "de", "del", "da",
            "van", "von", "la", "le");

    private CreditLineRule() {
    }

    static boolean matches(String text) {
        String t = text.strip();
        if (Words.count(t) > CREDIT_WORDS) {
            return false;
        }
        if (PLAIN.matcher(t).find()) {
            return true;
        }
        var m = NAMED.matcher(t);
        return m.matches() && namesOnly(m.group(1));
    }

    /** "Pablo González, Roberto Bauglir", "Ana Lima y Luis Paz." — not a question or a running sentence. */
    private static boolean namesOnly(String rest) {
        String r = rest.strip();
        if (r.contains("?") || Words.count(r) > NAMES_WORDS) {
            return false;
        }
        for (String word : r.split("[\\s,]+")) {
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !CONNECTIVES.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
