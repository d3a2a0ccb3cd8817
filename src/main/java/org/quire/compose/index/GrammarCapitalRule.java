package org.quire.compose.index;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Rule "grammar-capital": a name of several words seen at the start of a sentence, and never mid-sentence,
 * whose first word the book also writes in lowercase, owes that word's capital to grammar: "Free Ada
 * now!" names Ada, "Economic imperialism…" is not a name of two words. The rest of it is kept, as a
 * name no longer at the start of a sentence.
 */
final class GrammarCapitalRule {
    private GrammarCapitalRule() {
    }

    /**
     * @param confirmed    the forms the book writes mid-sentence somewhere
     * @param commonWord   whether the book writes a (lowercased) word in lowercase somewhere
     */
    static NameRun apply(NameRun name, Set<String> confirmed, Predicate<String> commonWord) {
        if (!name.sentenceStart() || name.size() < 2 || confirmed.contains(name.form())
                || !commonWord.test(name.word(0).text().toLowerCase(Locale.ROOT))) {
            return name;
        }
        int next = 1;
        while (!name.word(next).isCapitalised()) {
            next++;
        }
        return name.part(next, name.size(), false);
    }
}
