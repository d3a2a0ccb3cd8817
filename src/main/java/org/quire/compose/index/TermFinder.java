package org.quire.compose.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quire.model.Article;
import org.quire.model.Block;
import org.quire.model.Book;

/**
 * Finds the names of people, organisations and places, and the acronyms, that a book keeps coming back
 * to: the automatic half of the index. Every candidate is returned with its count; the threshold is the
 * caller's ({@link BookIndex} applies the spec's, {@link IndexSuggestions} shows them all).
 *
 * <p>Two passes: the first reads every name and every lowercase word, the second judges each name
 * against the whole book (is it ever written mid-sentence? are its words ordinary words here?), which
 * one sentence alone cannot tell.
 *
 * <p>Rule "headings": headings are not searched for names, since title case capitalises every word;
 * names in headings are still found and marked once they are index terms.
 */
public final class TermFinder {
    private final Lexicon lexicon;

    public TermFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public TermFinder() {
        this(Lexicon.standard());
    }

    /** Every candidate in the book, most frequent first. */
    public List<Candidate> find(Book book) {
        List<NameRun> names = new ArrayList<>();
        Set<String> lowercaseWords = new HashSet<>();
        for (Article article : book.articles()) {
            for (Block block : article.blocks()) {
                String text = BlockText.of(block);
                for (Word word : Words.of(text)) {
                    if (Character.isLowerCase(word.text().codePointAt(0))) {
                        lowercaseWords.add(word.text().toLowerCase(Locale.ROOT));
                    }
                }
                if (!(block instanceof Block.Heading)) {
                    for (NameRun run : CapitalisedRunRule.runs(text, lexicon)) {
                        names.addAll(NameCleanupRule.names(run, lexicon));
                    }
                }
            }
        }
        Set<String> confirmed = new HashSet<>();
        for (NameRun name : names) {
            if (!name.sentenceStart()) {
                confirmed.add(name.form());
            }
        }
        Map<String, FormTally> forms = new HashMap<>();
        for (NameRun name : names) {
            NameRun kept = GrammarCapitalRule.apply(name, confirmed, lowercaseWords::contains);
            forms.computeIfAbsent(kept.form(), f -> new FormTally()).add(kept.sentenceStart());
        }
        return VariantMerge.candidates(forms, lexicon, lowercaseWords::contains);
    }
}
