package org.quire.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A line crediting work on the text rather than writing it: the translator ("Traducido del inglés por
 * …", "Translation: …"), the editor ("This post was sub-edited by …"), a reporter who helped
 * ("… contributed to this report", "Additional reporting by
 * …"), the transcribers. A label followed by a sentence is text, not a credit. An author's credit in the
 * text ("Interviewer: Name", "Entrevista por: Nombre") names the article's author: it goes to the
 * metadata when the header named no author, and is dropped as a repeat when it names the header's.
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
    /** Credits that name the article's author. */
    private static final Pattern AUTHOR = Pattern.compile("(?iu)^(?:interviewer|interview(?:ed)? by"
            + "|entrevista(?:dor|dora)?(?: (?:por|de|realizada por))?)\\s*:?\\s+(.+)$");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|\\band\\b|\\by\\b|&)\\s*");
    /** Credits that never open a speaker's answer, whatever follows them. */
    private static final Pattern PLAIN = Pattern.compile(
            "(?iu)^(?:transcri(?:bed|ption) by|transcripci[óo]n(?: de| por)?|transcrito por)\\s*:?\\s+\\S"
                    + "|^(?:this (?:post|article|story|piece) was )?(?:sub-?|copy-?)?(?:edited|proofread) by\\s+\\p{Lu}"
                    + "|^(?:editado|revisado|corregido|corrección) (?:por|de)\\s+\\p{Lu}"
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

    /** Moves an author's credit in the text to the metadata, or drops it when it repeats the header's authors. */
    static void readAuthorCredit(ArticleDraft draft) {
        for (Piece p : draft.body.stream().filter(p -> !p.isDropped()).toList()) {
            List<String> names = authorCredit(p.text);
            if (names.isEmpty()) {
                continue;
            }
            if (draft.authors.isEmpty()) {
                names.forEach(draft::addAuthor);
                draft.body.remove(p);
                draft.meta.add(p);
            } else if (lowercase(draft.authors).containsAll(lowercase(names))) {
                p.drop(NAME, "the author's credit again, naming the header's author");
            }
        }
    }

    /** The names an author's credit gives, or an empty list when the line is none. */
    static List<String> authorCredit(String text) {
        var m = AUTHOR.matcher(text.strip());
        if (!m.matches() || Words.count(text) > CREDIT_WORDS || !namesOnly(m.group(1))) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String name : NAME_SEPARATOR.split(m.group(1).strip().replaceAll("[.;]+$", ""))) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    private static List<String> lowercase(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
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
