package org.quire.compose.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Gathers the written forms of one name into one candidate.
 * <ul>
 * <li>rule "same-person": full names with the same first and last word are one person ("Donald Trump",
 * "Donald J. Trump");</li>
 * <li>rule "surname": a single word that is the last word of exactly one person's full name found in the
 * book is that person ("Trump" → "Trump, Donald"); when two people share it, it stays apart rather than
 * join the wrong one;</li>
 * <li>rule "acronym-plural": "NGOs" is counted as "NGO";</li>
 * <li>rule "nationality-adjective": a name that ends in an adjective of nationality or doctrine
 * ("Mexican", "Central American", "Jewish", "Maoist") is not indexed, nor is a single word left on its own
 * that ends like one ("Honduran", "Western"); the nouns ("Mexico", "Maoists") are;</li>
 * <li>rule "confirmed-capital": a name seen only at the start of sentences is dropped, since its capital
 * may be grammar alone; once seen mid-sentence, its sentence-initial occurrences count too.
 * Acronyms need no such proof.</li>
 * </ul>
 */
final class VariantMerge {
    private static final class Group {
        final NameKind kind;
        final Map<String, Integer> variants = new HashMap<>();
        int count;
        int midSentence;

        Group(NameKind kind) {
            this.kind = kind;
        }

        void add(String form, FormTally tally) {
            variants.merge(form, tally.count, Integer::sum);
            count += tally.count;
            midSentence += tally.midSentence;
        }
    }

    private VariantMerge() {
    }

    static List<Candidate> candidates(Map<String, FormTally> forms, Lexicon lexicon, Predicate<String> commonWord) {
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<String, List<String>> peopleBySurname = new HashMap<>();
        List<String> singleWords = new ArrayList<>();
        for (Map.Entry<String, FormTally> form : new TreeMap<>(forms).entrySet()) {
            String name = form.getKey();
            NameKind kind = NameKindRule.kind(name, lexicon, commonWord);
            if (kind != NameKind.PLACE && lexicon.isNationality(name.substring(name.lastIndexOf(' ') + 1))) {
                continue;
            }
            String key;
            if (kind == NameKind.ACRONYM) {
                key = "acronym:" + AcronymRule.base(name);
            } else if (kind == NameKind.PERSON) {
                String[] words = name.split(" ");
                String surname = words[words.length - 1];
                key = "person:" + words[0] + " " + surname;
                List<String> people = peopleBySurname.computeIfAbsent(surname, s -> new ArrayList<>());
                if (!people.contains(key)) {
                    people.add(key);
                }
            } else if (name.indexOf(' ') < 0 && kind == NameKind.OTHER) {
                singleWords.add(name);
                continue;
            } else {
                key = "name:" + name;
            }
            groups.computeIfAbsent(key, k -> new Group(kind)).add(name, form.getValue());
        }
        for (String word : singleWords) {
            List<String> people = peopleBySurname.getOrDefault(word, List.of());
            if (people.size() != 1 && (isAdjective(word) || lexicon.isNationality(word))) {
                continue;
            }
            String key = people.size() == 1 ? people.get(0) : "name:" + word;
            groups.computeIfAbsent(key, k -> new Group(NameKind.OTHER)).add(word, forms.get(word));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Group group : groups.values()) {
            if (group.midSentence == 0 && group.kind != NameKind.ACRONYM) {
                continue;
            }
            Map<String, Integer> variants = new LinkedHashMap<>();
            group.variants.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> variants.put(e.getKey(), e.getValue()));
            candidates.add(new Candidate(headword(group, variants), group.kind, group.count, variants));
        }
        candidates.sort(Comparator.comparingInt(Candidate::count).reversed().thenComparing(Candidate::headword));
        return candidates;
    }

    private static final List<String> ADJECTIVE_ENDINGS = List.of("an", "ese", "ish", "ern", "ist", "ic");

    private static boolean isAdjective(String word) {
        return ADJECTIVE_ENDINGS.stream().anyMatch(word::endsWith);
    }

    /** The most frequent full form: inverted for a person, the bare acronym for an acronym. */
    private static String headword(Group group, Map<String, Integer> variants) {
        if (group.kind == NameKind.PERSON) {
            String fullName = variants.keySet().stream().filter(v -> v.indexOf(' ') > 0).findFirst().orElseThrow();
            return HeadwordInversion.invert(fullName);
        }
        String first = variants.keySet().iterator().next();
        return group.kind == NameKind.ACRONYM ? AcronymRule.base(first) : first;
    }
}
