package org.quire.ingest;

import java.util.List;

/**
 * A run of input lines read as one unit of text (a paragraph, a heading, an interface line).
 *
 * @param lines        the 1-based input line numbers it covers, in order
 * @param text         the lines joined, hard wraps undone
 * @param blanksBefore blank input lines right before it; a wide gap often separates articles
 * @param code         program code ({@link CodeRule}): its lines kept as they are, joined by newlines
 */
record Chunk(List<Integer> lines, String text, int blanksBefore, boolean code) {
    Chunk {
        lines = List.copyOf(lines);
    }

    Chunk(List<Integer> lines, String text, int blanksBefore) {
        this(lines, text, blanksBefore, false);
    }

    int firstLine() {
        return lines.get(0);
    }

    int lastLine() {
        return lines.get(lines.size() - 1);
    }
}
