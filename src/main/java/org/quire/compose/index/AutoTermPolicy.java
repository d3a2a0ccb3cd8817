package org.quire.compose.index;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which of the finder's candidates join the index: those the editor has neither curated nor
 * excluded that reach the spec's threshold. Shared by the index and the suggestions, so that what
 * {@code quire index --suggest} says is what the index does.
 */
final class AutoTermPolicy {
    enum Verdict { INDEXED, CURATED, EXCLUDED, TOO_RARE }

    private final IndexSpec spec;
    private final Set<String> curated = new HashSet<>();
    private final Set<String> excluded = new HashSet<>();

    AutoTermPolicy(IndexSpec spec) {
        this.spec = spec;
        for (CuratedEntry entry : spec.entries()) {
            entry.phrases().forEach(p -> curated.add(key(p)));
        }
        spec.exclude().forEach(p -> excluded.add(key(p)));
    }

    Verdict verdict(Candidate candidate) {
        if (matches(candidate, curated)) {
            return Verdict.CURATED;
        }
        if (matches(candidate, excluded)) {
            return Verdict.EXCLUDED;
        }
        int threshold = candidate.kind() == NameKind.ACRONYM ? spec.minAcronymOccurrences() : spec.minOccurrences();
        return candidate.count() >= threshold ? Verdict.INDEXED : Verdict.TOO_RARE;
    }

    private static boolean matches(Candidate candidate, Set<String> phrases) {
        if (phrases.contains(key(candidate.headword()))) {
            return true;
        }
        return candidate.variants().keySet().stream().anyMatch(v -> phrases.contains(key(v)));
    }

    private static String key(String phrase) {
        return phrase.strip().toLowerCase(Locale.ROOT);
    }
}
