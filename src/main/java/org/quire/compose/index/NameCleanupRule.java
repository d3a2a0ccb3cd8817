package org.quire.compose.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule "name-cleanup": turns a capitalised run into the names it holds.
 * <ul>
 * <li>shouting: three or more words in capitals, or two with a common word among them ("THE CRISIS"),
 * are a shouted heading, not a name;</li>
 * <li>title: a name after a title is cut from it ("Honduran President Juan Orlando Hernández" → "Juan
 * Orlando Hernández"), unless what follows is an organisation ("Secretary of the Party Council");</li>
 * <li>stopword: a capitalised common word (a sentence opener, a month, a pronoun, in English or Spanish)
 * splits the run and is dropped ("In Mexico" → "Mexico"), unless it is part of a known place ("El
 * Salvador", "The Hague");</li>
 * <li>possessive: a possessive ends a name ("Trump's Mexico" is two), unless an organisation or event
 * word follows ("People's Army", "People's War");</li>
 * <li>particles never open or close a name; a lone title, organisation or event word ("the Party", "the
 * War"), a single letter or a Roman numeral is not a name.</li>
 * </ul>
 * A name that no longer begins where the run began no longer begins the sentence.
 */
final class NameCleanupRule {
    private static final int LONGEST_PLACE = 5;

    private NameCleanupRule() {
    }

    static List<NameRun> names(NameRun run, Lexicon lexicon) {
        if (isShouting(run, lexicon)) {
            return List.of();
        }
        NameRun name = afterTitle(run, lexicon);
        boolean[] inPlace = placeWords(name, lexicon);
        List<NameRun> names = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= name.size(); i++) {
            boolean end = i == name.size();
            if (end || (!inPlace[i] && isStop(name.word(i), lexicon))) {
                addTrimmed(names, name, from, i, lexicon);
                from = i + 1;
            } else if (endsAtPossessive(name, i, lexicon)) {
                addTrimmed(names, name, from, i + 1, lexicon);
                from = i + 1;
            }
        }
        return names;
    }

    private static boolean isShouting(NameRun run, Lexicon lexicon) {
        if (run.size() < 2) {
            return false;
        }
        boolean commonWord = false;
        for (Word word : run.words()) {
            if (!word.text().equals(word.text().toUpperCase(java.util.Locale.ROOT))) {
                return false;
            }
            commonWord |= lexicon.isStopword(word.text());
        }
        return commonWord || run.size() >= 3;
    }

    private static NameRun afterTitle(NameRun run, Lexicon lexicon) {
        for (int t = run.size() - 2; t >= 0; t--) {
            if (lexicon.isTitle(run.word(t).text()) && run.word(t + 1).isCapitalised()) {
                for (int k = t + 1; k < run.size(); k++) {
                    if (lexicon.isOrganisationWord(run.word(k).text())) {
                        return run;
                    }
                }
                return run.part(t + 1, run.size(), false);
            }
        }
        return run;
    }

    /** Marks the words that belong to a known place of two words or more. */
    private static boolean[] placeWords(NameRun run, Lexicon lexicon) {
        boolean[] inPlace = new boolean[run.size()];
        for (int i = 0; i < run.size(); i++) {
            for (int length = Math.min(LONGEST_PLACE, run.size() - i); length >= 2; length--) {
                if (lexicon.isPlace(run.part(i, i + length, false).form())) {
                    for (int k = i; k < i + length; k++) {
                        inPlace[k] = true;
                    }
                    break;
                }
            }
        }
        return inPlace;
    }

    private static boolean endsAtPossessive(NameRun run, int at, Lexicon lexicon) {
        Word word = run.word(at);
        if (at == run.size() - 1 || word.withoutPossessive().equals(word.text())) {
            return false;
        }
        for (int k = at + 1; k < run.size(); k++) {
            String after = run.word(k).text();
            if (lexicon.isOrganisationWord(after) || lexicon.isNonPersonWord(after)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isStop(Word word, Lexicon lexicon) {
        // Particles inside a run are lowercase and belong there; only a capitalised common word stops it.
        return word.isCapitalised() && (lexicon.isStopword(word.text()) || lexicon.isStopword(word.withoutPossessive()));
    }

    private static void addTrimmed(List<NameRun> names, NameRun run, int from, int to, Lexicon lexicon) {
        boolean startsSentence = run.sentenceStart() && from == 0;
        while (from < to && !run.word(from).isCapitalised()) {
            from++;
        }
        while (to > from && !run.word(to - 1).isCapitalised()) {
            to--;
        }
        if (from == to) {
            return;
        }
        if (to - from == 1 && isNotAName(run.word(from).withoutPossessive(), lexicon)) {
            return;
        }
        names.add(run.part(from, to, startsSentence));
    }

    private static boolean isNotAName(String word, Lexicon lexicon) {
        return word.length() == 1 || AcronymRule.isRomanNumeral(word) || lexicon.isTitle(word)
                || lexicon.isOrganisationWord(word) || lexicon.isNonPersonWord(word);
    }
}
