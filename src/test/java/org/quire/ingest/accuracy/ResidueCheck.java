package org.quire.ingest.accuracy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds page furniture and noise inside ingest bodies. The suspects are every gold noise line and every
 * furniture line (outside all articles) of at least {@link #MIN_WORDS} words. A suspect of that length is
 * residue when its words occur, as a run, more often in the ingest bodies than in the gold bodies (a pull
 * quote may repeat a sentence of the body, which then may stay once); a shorter noise line ("Follow") is
 * residue only when it makes up a whole paragraph, since as a run it would match ordinary prose.
 */
final class ResidueCheck {
    static final int MIN_WORDS = 4;

    private ResidueCheck() {
    }

    static List<String> offenders(GoldFile file, List<IngestedArticle> ingest) {
        Map<String, List<Integer>> suspects = suspects(file);
        String goldRun = padded(goldLines(file));
        List<String> goldWholeLines = goldLines(file);
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> s : suspects.entrySet()) {
            String words = s.getKey();
            boolean asRun = words.split(" ").length >= MIN_WORDS;
            int allowed = asRun ? occurrences(goldRun, words) : count(goldWholeLines, words);
            int found = 0;
            List<String> where = new ArrayList<>();
            for (IngestedArticle a : ingest) {
                List<String> leaves = a.leaves().stream().map(Normalise::wordLine).toList();
                int n = asRun ? occurrences(padded(leaves), words) : count(leaves, words);
                if (n > 0) {
                    found += n;
                    where.add(a.id());
                }
            }
            if (found > allowed) {
                int line = s.getValue().get(0);
                String also = s.getValue().size() > 1 ? " (same text at lines " + s.getValue().subList(1,
                        s.getValue().size()) + ")" : "";
                out.add(file.name() + ":" + line + also + " " + BodyDiff.clip(file.line(line)) + " in "
                        + String.join(", ", where) + (asRun ? "" : " as a paragraph"));
            }
        }
        return out;
    }

    /** Suspect texts (as word lines) with the lines they stand on, in file order. */
    static Map<String, List<Integer>> suspects(GoldFile file) {
        List<Integer> lines = new ArrayList<>();
        file.articles().forEach(a -> lines.addAll(a.noise()));
        for (int n : file.furnitureLines()) {
            if (Normalise.words(file.line(n)).size() >= MIN_WORDS) {
                lines.add(n);
            }
        }
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        lines.stream().sorted().forEach(n -> {
            String words = Normalise.wordLine(file.line(n));
            if (!words.isEmpty()) {
                out.computeIfAbsent(words, k -> new ArrayList<>()).add(n);
            }
        });
        return out;
    }

    private static List<String> goldLines(GoldFile file) {
        List<String> out = new ArrayList<>();
        file.articles().forEach(a -> file.bodyLines(a).forEach(n -> out.add(Normalise.wordLine(file.line(n)))));
        return out;
    }

    private static String padded(List<String> wordLines) {
        return " " + String.join(" ", wordLines) + " ";
    }

    static int occurrences(String paddedText, String words) {
        String key = " " + words + " ";
        int n = 0;
        for (int at = paddedText.indexOf(key); at >= 0; at = paddedText.indexOf(key, at + 1)) {
            n++;
        }
        return n;
    }

    private static int count(List<String> wordLines, String words) {
        return (int) wordLines.stream().filter(words::equals).count();
    }
}
