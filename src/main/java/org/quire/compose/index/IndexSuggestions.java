package org.quire.compose.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.quire.model.Book;

/**
 * What {@code quire index --suggest} prints: every candidate the finder sees, most frequent first, one
 * line each, so an editor can copy the good ones into index.yaml and exclude the false friends:
 * <pre>
 *    81  person        Trump, Donald  [Trump 77, Donald Trump 4]
 *     2  organisation  Bank of the South  (below threshold)
 * </pre>
 */
public final class IndexSuggestions {
    private IndexSuggestions() {
    }

    public static List<String> lines(Book book, IndexSpec spec) {
        return lines(new TermFinder().find(book), spec);
    }

    public static List<String> lines(List<Candidate> candidates, IndexSpec spec) {
        AutoTermPolicy policy = new AutoTermPolicy(spec);
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::count).reversed().thenComparing(Candidate::headword));
        List<String> lines = new ArrayList<>();
        for (Candidate candidate : sorted) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%5d  %-12s  %s",
                    candidate.count(), candidate.kind().name().toLowerCase(Locale.ROOT), candidate.headword()));
            if (candidate.variants().size() > 1 || !candidate.variants().containsKey(candidate.headword())) {
                line.append("  [").append(candidate.variants().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))).append(']');
            }
            line.append(note(policy.verdict(candidate)));
            lines.add(line.toString());
        }
        return lines;
    }

    private static String note(AutoTermPolicy.Verdict verdict) {
        if (verdict == AutoTermPolicy.Verdict.CURATED) {
            return "  (curated)";
        } else if (verdict == AutoTermPolicy.Verdict.EXCLUDED) {
            return "  (excluded)";
        } else if (verdict == AutoTermPolicy.Verdict.TOO_RARE) {
            return "  (below threshold)";
        }
        return "";
    }
}
