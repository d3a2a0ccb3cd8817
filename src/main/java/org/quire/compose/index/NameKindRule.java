package org.quire.compose.index;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Rule "name-kind": what a found name is taken to be, in this order.
 * <ol>
 * <li>one acronym → {@link NameKind#ACRONYM};</li>
 * <li>in the gazetteer → {@link NameKind#PLACE};</li>
 * <li>holds an organisation word ("Party", "Union", "Times", "Partido") → {@link NameKind#ORGANISATION};</li>
 * <li>holds an event, document or map word ("Revolution", "War", "River") → {@link NameKind#OTHER};</li>
 * <li>two or three capitalised words (initials and particles not counted, and no "of" or "the" among
 * them: "Critics of Byron" is a phrase, not a person), none of them a place or an
 * acronym, not led by a nationality or doctrine word ("Mexican", "Chinese", "Marxist"), and neither the
 * first nor the last an ordinary word that the book also writes in lowercase ("White Helmets", "Follow
 * Trump") → {@link NameKind#PERSON};</li>
 * <li>anything else → {@link NameKind#OTHER}.</li>
 * </ol>
 */
final class NameKindRule {
    private NameKindRule() {
    }

    static NameKind kind(String name, Lexicon lexicon, Predicate<String> commonWord) {
        List<String> words = List.of(name.split(" "));
        if (words.size() == 1 && AcronymRule.isAcronym(name)) {
            return NameKind.ACRONYM;
        }
        if (lexicon.isPlace(name)) {
            return NameKind.PLACE;
        }
        if (words.stream().anyMatch(lexicon::isOrganisationWord)) {
            return NameKind.ORGANISATION;
        }
        if (words.size() == 1 || words.stream().anyMatch(lexicon::isNonPersonWord)
                || words.contains("of") || words.contains("the")) {
            return NameKind.OTHER;
        }
        int significant = 0;
        for (String word : words) {
            if (AcronymRule.isAcronym(word) || lexicon.isPlace(word)) {
                return NameKind.OTHER;
            }
            if (Character.isUpperCase(word.charAt(0)) && !isInitial(word)) {
                significant++;
            }
        }
        String first = words.get(0).toLowerCase(Locale.ROOT);
        String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        if (lexicon.isNationality(first) || commonWord.test(first) || commonWord.test(last)) {
            return NameKind.OTHER;
        }
        return significant >= 2 && significant <= 3 ? NameKind.PERSON : NameKind.OTHER;
    }

    /** "J" or "J.": an initial, which neither makes nor breaks a person's name. */
    static boolean isInitial(String word) {
        return SentenceStartRule.isInitial(word) || (word.length() == 2 && word.endsWith(".")
                && Character.isUpperCase(word.charAt(0)));
    }
}
