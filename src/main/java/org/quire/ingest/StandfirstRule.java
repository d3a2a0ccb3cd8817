package org.quire.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * News pages print a standfirst with the header: one paragraph that names the author and says what the
 * article does ("ANA TORRES reports on …", "ANA TORRES is a docker and …"), sometimes under a short
 * label ("After the vote:"). It becomes the subtitle, and the label over it is dropped as a kicker.
 * Without a standfirst, a short line right under the byline is the dek, the subtitle.
 */
final class StandfirstRule {
    static final int LABEL_WORDS = 12;
    /** A standfirst introducing two authors may run a little longer than a dek. */
    static final int STANDFIRST_WORDS = 80;

    private StandfirstRule() {
    }

    /**
     * @param leftovers the header's chunks that were none of its parts, already in the body
     * @param after     the next kept chunks after the header, in order
     * @return how many of {@code after} it took
     */
    static int read(ArticleDraft draft, List<Piece> leftovers, List<Piece> after) {
        List<Piece> candidates = new ArrayList<>(leftovers);
        candidates.addAll(after);
        if (candidates.isEmpty() || draft.subtitle != null) {
            return 0;
        }
        Piece first = candidates.get(0);
        Piece label = isLabel(first.text) && !TitleRule.repeats(draft.title, HeaderReader.cleanTitle(first.text))
                ? first : null;
        int at = label == null ? 0 : 1;
        Piece standfirst = at < candidates.size() && isStandfirst(candidates.get(at).text, draft) ? candidates.get(at) : null;
        List<Piece> taken = new ArrayList<>();
        if (standfirst != null) {
            take(draft, standfirst, standfirst.text);
            taken.add(standfirst);
            if (label != null && label.mayDrop(HeaderReader.KICKER)) {
                label.drop(HeaderReader.KICKER, "a label over the standfirst");
                taken.add(label);
            }
        } else if (label != null && candidates.size() > 1) {
            take(draft, label, label.text.strip().replaceAll(":$", ""));
            taken.add(label);
        }
        return (int) taken.stream().filter(after::contains).count();
    }

    private static void take(ArticleDraft draft, Piece p, String subtitle) {
        draft.subtitle = HeaderReader.cleanTitle(subtitle);
        draft.body.remove(p);
        draft.meta.add(p);
    }

    /** A short line like a title, perhaps closed by a colon: "After the vote:". An exclamation opens the text. */
    private static boolean isLabel(String text) {
        String t = text.strip();
        return Words.count(t) <= LABEL_WORDS && TitleRule.looksLikeTitle(t.replaceAll(":$", "")) && !t.endsWith("!")
                && !TitleRule.isNumbered(t) && InterviewRule.question(t) == null;
    }

    /** A paragraph of a few sentences at most that names one of the article's authors. */
    private static boolean isStandfirst(String text, ArticleDraft draft) {
        String words = " " + Words.normalized(text) + " ";
        return Words.count(text) <= STANDFIRST_WORDS && !TitleRule.looksLikeTitle(text)
                && draft.authors.stream().anyMatch(a -> words.contains(" " + Words.normalized(a) + " "));
    }
}
