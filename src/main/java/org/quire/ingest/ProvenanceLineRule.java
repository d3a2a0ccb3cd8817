package org.quire.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line saying where the text comes from rather than being part of it: "Republished from The Daily Example
 * under CC BY 4.0", "This article was originally published in …", "Read the original on …:", "Publicado
 * originalmente en …", "This story is part of the series …", "… were commissioned by …", a blog
 * platform's "Published in The Example Review" under the author. The
 * publication it names is the article's source.
 */
final class ProvenanceLineRule {
    static final String NAME = "provenance";
    private static final int MAX_WORDS = 45;

    private static final String TEXT_KIND = "(?:article|post|story|piece|text|essay|interview|report)";
    private static final String THIS_TEXT = "(?:this|the) " + TEXT_KIND;
    /**
     * "Republished from …", "This story was reprinted with permission …", "Originally published in …". A
     * sentence about some other report ("The report was published in 2010") is none: the verb must be a
     * republication's, or the text must call itself "this".
     */
    private static final Pattern LINE = Pattern.compile("(?iu)"
            + "^(?:re-?published|reprinted|cross-?posted) (?:from|with permission|courtesy of|under)\\b"
            + "|^this " + TEXT_KIND + " (?:is|was|has been) "
            + "(?:re-?published|reprinted|cross-?posted) (?:from|in|on|at|by|with|under)\\b"
            + "|^(?:" + THIS_TEXT + " (?:was|is) )?(?:originally|first) (?:published|appeared|posted) (?:in|on|at|by)\\b"
            + "|^(?:read|view|see) (?:the )?original(?: (?:article|post|story|version))?(?: (?:on|at|in)\\b|\\s*:)"
            + "|^original(?: (?:article|post|source))?\\s*:\\s*\\S"
            + "|^(?:publicado|publicada|republicado|republicada|reproducido|reproducida) (?:originalmente|primero|con permiso)"
            + "|^(?:publicado|publicada) (?:originalmente )?(?:en|por) [\\p{Lu}h]"
            + "|^fuente original\\s*:"
            + "|^(?:published|posted) in (?-i:\\p{Lu})[^.:]{0,60}$"
            + "|^this (?:article|post|story|piece) is part of (?:our|the|a) (?:[\\p{L}-]+ ){0,3}(?:coverage|series)\\b"
            + "|^(?:este|esta) (?:artículo|post|nota|texto) (?:es|forma) parte de (?:nuestra|la|una) (?:[\\p{L}-]+ ){0,3}"
            + "(?:cobertura|serie)\\b"
            + "|\\b(?:post|article|story|piece|text)\\b.{0,60}\\b(?:was|were) commissioned by\\b"
            + "|\\b(?:artículo|texto|nota)\\b.{0,60}\\bfue(?:ron)? encargad[oa]s? por\\b");
    /** The publication's name after "from", "in", "on" or "en", up to "under", a comma, a colon or a stop. */
    private static final Pattern PUBLICATION = Pattern.compile(
            "(?iu)\\b(?:from|in|on|at|en|de|desde)\\s+(\\p{Lu}[\\p{L}\\p{N}'’&.\\- ]{1,50}?)(?=\\s+under\\b|\\s+bajo\\b|\\s*[,:;(]|\\.\\s|\\.?$)");

    private ProvenanceLineRule() {
    }

    static boolean matches(String text) {
        String t = text.strip();
        // "Publicado por Name el 24/08/2023": a byline with its date, not a publication's credit.
        return Words.count(t) <= MAX_WORDS && LINE.matcher(t).find() && MetaLineRule.parse(t) == null;
    }

    /** The publication the line names, or null: "The Daily Example" in "Reprinted from The Daily Example under …". */
    static String publication(String text) {
        if (!matches(text)) {
            return null;
        }
        Matcher m = PUBLICATION.matcher(text.strip());
        return m.find() ? m.group(1).strip() : null;
    }
}
