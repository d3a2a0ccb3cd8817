package org.quire.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A byline printed after the text ("By Name", "Posted by Name | May 2, 2012") names the author of an
 * article whose header named none. An open letter or a statement is signed at its end: a line that is only
 * the signer's name (perhaps
 * glued to its web domain, "Name.org"), with which a closing line after it opens again ("The Name
 * seeks to …", a contact footer). In an article that names no author, the signer is the author, and the line
 * moves from the text to the metadata.
 */
final class SignatureRule {
    /** The signature stands among the last few chunks of the text. */
    private static final int FROM_END = 4;
    private static final int MIN_NAME_WORDS = 2;
    /** Longer than a byline with its date, its site and a reading time. */
    private static final int PARAGRAPH_WORDS = 20;
    private static final Pattern DOMAIN_SUFFIX = Pattern.compile("\\.(?:org|com|net|info)$", Pattern.CASE_INSENSITIVE);

    private SignatureRule() {
    }

    static void read(ArticleDraft draft) {
        if (!draft.authors.isEmpty()) {
            return;
        }
        List<Piece> body = draft.body.stream().filter(p -> !p.isDropped()).toList();
        if (readClosingByline(draft, body)) {
            return;
        }
        for (int i = Math.max(0, body.size() - FROM_END); i < body.size() - 1; i++) {
            String name = DOMAIN_SUFFIX.matcher(body.get(i).text.strip()).replaceAll("");
            if (Words.count(name) >= MIN_NAME_WORDS && HeaderReader.looksLikeSignatory(name)
                    && namedAgain(Words.normalized(name), body.subList(i + 1, body.size()))) {
                draft.addAuthor(name);
                draft.body.remove(body.get(i));
                draft.meta.add(body.get(i));
                return;
            }
        }
    }

    /**
     * "By Name" or "Posted by Name at 10:04" after the text, where the page prints the byline under the
     * article: its authors, and its date when the header gave none.
     */
    private static boolean readClosingByline(ArticleDraft draft, List<Piece> body) {
        // The byline follows the last paragraph, perhaps with tags, buttons and a link card after it.
        int lastParagraph = 0;
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).words() > PARAGRAPH_WORDS) {
                lastParagraph = i;
            }
        }
        for (int i = Math.max(1, lastParagraph + 1); i < body.size(); i++) {
            Piece p = body.get(i);
            MetaLineRule.Meta meta = MetaLineRule.parse(p.text);
            String signer = BylineRule.signer(p.text);
            if (meta == null && signer != null) {
                BylineRule.names(signer).forEach(draft::addAuthor);
                draft.body.remove(p);
                draft.meta.add(p);
                return true;
            }
            if (meta != null && !meta.authors().isEmpty()) {
                meta.authors().forEach(draft::addAuthor);
                if (draft.date == null) {
                    draft.date = meta.date();
                }
                draft.body.remove(p);
                draft.meta.add(p);
                return true;
            }
        }
        return false;
    }

    /** A later chunk opens with the name: a line about the signer ("The Name seeks …") or its footer. */
    private static boolean namedAgain(String name, List<Piece> after) {
        return after.stream().map(p -> Words.normalized(p.text).replaceFirst("^the ", ""))
                .anyMatch(text -> text.startsWith(name));
    }
}
