package org.quire.ingest.accuracy;

import java.util.List;
import java.util.TreeSet;

/**
 * One article as an editor labelled it. Line numbers are 1-based lines of the raw file.
 *
 * @param title   the title as printed, or null when the text gives none
 * @param authors names as the text states them; empty when it states none
 * @param date    ISO date the text states, or null
 * @param body    inclusive line ranges whose non-blank lines are body text
 * @param noise   lines inside the article that the editor drops (captions, credits, interface)
 */
record GoldArticle(String title, List<String> authors, String date, String lang, List<LineRange> body,
        List<Integer> noise) {

    record LineRange(int first, int last) {
        boolean contains(int line) {
            return line >= first && line <= last;
        }
    }

    GoldArticle {
        authors = List.copyOf(authors);
        body = List.copyOf(body);
        noise = List.copyOf(noise);
    }

    boolean isBody(int line) {
        return body.stream().anyMatch(r -> r.contains(line));
    }

    int firstBodyLine() {
        return body.stream().mapToInt(LineRange::first).min().orElseThrow();
    }

    /** The last line that belongs to the article: body or noise. */
    int lastLine() {
        int lastBody = body.stream().mapToInt(LineRange::last).max().orElseThrow();
        return noise.stream().mapToInt(Integer::intValue).reduce(lastBody, Math::max);
    }

    /** The first line that belongs to the article without its header: body or noise. */
    int firstOwnLine() {
        return noise.stream().mapToInt(Integer::intValue).reduce(firstBodyLine(), Math::min);
    }

    /** Every line number inside the body ranges, in order (blank ones included; callers skip them). */
    TreeSet<Integer> bodyLineNumbers() {
        TreeSet<Integer> lines = new TreeSet<>();
        for (LineRange r : body) {
            for (int n = r.first(); n <= r.last(); n++) {
                lines.add(n);
            }
        }
        return lines;
    }
}
