package org.quire.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Groups decoded lines into chunks. Files come in two layouts: blank-separated paragraphs (each
 * paragraph one long line, or wrapped at a fixed width) and one paragraph per line with no blank lines.
 * Either way a line joins the one before it only when {@link HardWrapRule} says it continues it, and
 * never when the editor's sidecar needs a chunk to start there. A rule ("=====") is a chunk of its own: it
 * sets off what is above and below it as a blank line would.
 */
final class ParagraphGrouper {
    /** Lines of wrapped prose are about this long; longer lines are whole paragraphs. */
    private static final int WRAP_WIDTH_MAX = 100;
    private static final int WRAP_WIDTH_MIN = 40;
    private static final int NARROW_WIDTH_MIN = 20;
    /** Narrow columns need this many full lines before a file counts as wrapped. */
    private static final int MIN_FULL_LINES = 8;
    private static final double WIDE_QUANTILE = 0.9;
    /** The lines of a wrapped block (but its last) are at least this share of its longest. */
    private static final double EVEN_BLOCK = 0.75;

    private ParagraphGrouper() {
    }

    static List<Chunk> group(List<SourceLine> lines) {
        return group(lines, Set.of());
    }

    /** @param chunkStarts line numbers that must open a chunk */
    static List<Chunk> group(List<SourceLine> lines, Set<Integer> chunkStarts) {
        boolean wrapped = isWrappedAtFixedWidth(lines);
        int[] widths = wrapped ? blockWidths(lines) : wrappedBlockWidths(lines);
        int[] codeEnds = codeBlockEnds(lines, chunkStarts);
        List<Chunk> chunks = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        String text = null;
        int blanks = 0;
        int blanksBeforeCurrent = 0;
        SourceLine previous = null;
        for (int index = 0; index < lines.size(); index++) {
            SourceLine line = lines.get(index);
            if (codeEnds[index] > index) {
                if (text != null) {
                    chunks.add(new Chunk(numbers, text, blanksBeforeCurrent));
                    text = null;
                    numbers = new ArrayList<>();
                }
                List<SourceLine> block = lines.subList(index, codeEnds[index]);
                chunks.add(new Chunk(block.stream().map(SourceLine::number).toList(),
                        String.join("\n", block.stream().map(SourceLine::text).toList()), blanks, true));
                blanks = 0;
                index = codeEnds[index] - 1;
                previous = lines.get(index);
                continue;
            }
            if (line.isBlank()) {
                if (text != null) {
                    chunks.add(new Chunk(numbers, text, blanksBeforeCurrent));
                    text = null;
                    numbers = new ArrayList<>();
                }
                blanks++;
                previous = line;
                continue;
            }
            int width = widths[line.number() - 1];
            boolean joins = text != null && previous != null && !previous.isBlank()
                    && !chunkStarts.contains(line.number())
                    && !DividerRule.matches(previous.text()) && !DividerRule.matches(line.text())
                    && !ImageRule.opensWithFileName(line.text()) && !FeedCounterRule.isCounterLine(previous.text())
                    && !FeedCounterRule.isPostAge(line.text())
                    && !DateRule.isDateLine(previous.text()) && InterfacePhraseRule.standard().match(line.text()) == null
                    && (wrapped ? HardWrapRule.continuesWrappedParagraph(text, previous.text(), line.text(), width)
                                : HardWrapRule.continuesSentence(text, line.text())
                                        || width > 0 && !HardWrapRule.endsSentence(previous.text())
                                        && HardWrapRule.continuesWrappedParagraph(text, previous.text(), line.text(), width));
            if (joins) {
                text = HardWrapRule.join(text, line.text());
                numbers.add(line.number());
            } else {
                if (text != null) {
                    chunks.add(new Chunk(numbers, text, blanksBeforeCurrent));
                    numbers = new ArrayList<>();
                }
                text = line.text().strip();
                numbers.add(line.number());
                blanksBeforeCurrent = blanks;
            }
            blanks = 0;
            previous = line;
        }
        if (text != null) {
            chunks.add(new Chunk(numbers, text, blanksBeforeCurrent));
        }
        return chunks;
    }

    /**
     * For each line that opens a block of code (lines between blank lines, {@link CodeRule}), the index
     * after the block; 0 elsewhere. A line where the editor starts a chunk ends the block above it.
     */
    private static int[] codeBlockEnds(List<SourceLine> lines, Set<Integer> chunkStarts) {
        int[] ends = new int[lines.size()];
        int start = 0;
        while (start < lines.size()) {
            if (lines.get(start).isBlank()) {
                start++;
                continue;
            }
            int end = start + 1;
            while (end < lines.size() && !lines.get(end).isBlank() && !chunkStarts.contains(lines.get(end).number())) {
                end++;
            }
            if (end - start > 1 && CodeRule.isCode(lines.subList(start, end).stream().map(SourceLine::text).toList())) {
                ends[start] = end;
            }
            start = end;
        }
        return ends;
    }

    /**
     * True when most non-blank lines sit in multi-line blocks and are about one wrap width long: the
     * layout of e-mail and plain-text archives, where only blank lines end paragraphs. Narrow columns
     * (scanned newspapers) show it by their lines being full: the next line's first word would not fit.
     */
    static boolean isWrappedAtFixedWidth(List<SourceLine> lines) {
        int nonBlank = 0;
        int wrappedLike = 0;
        int full = 0;
        int wide = widthQuantile(lines, WIDE_QUANTILE);
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            nonBlank++;
            if (i + 1 >= lines.size() || lines.get(i + 1).isBlank()) {
                continue;
            }
            int length = line.text().length();
            if (length >= WRAP_WIDTH_MIN && length <= WRAP_WIDTH_MAX) {
                wrappedLike++;
            }
            if (length >= NARROW_WIDTH_MIN && length <= WRAP_WIDTH_MAX
                    && !HardWrapRule.endsEarly(line.text(), lines.get(i + 1).text(), wide)) {
                full++;
            }
        }
        return nonBlank >= 4 && (wrappedLike * 2 >= nonBlank || (full >= MIN_FULL_LINES && full * 2 >= nonBlank));
    }

    /** A length that the given share of lines with text below them do not exceed. */
    private static int widthQuantile(List<SourceLine> lines, double share) {
        List<Integer> lengths = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!lines.get(i).isBlank() && !lines.get(i + 1).isBlank()) {
                lengths.add(lines.get(i).text().length());
            }
        }
        if (lengths.isEmpty()) {
            return 0;
        }
        Collections.sort(lengths);
        return lengths.get(Math.min(lengths.size() - 1, (int) (lengths.size() * share)));
    }

    /**
     * In a file of one paragraph per line, a paragraph or two may still come wrapped (pasted from a mail): a
     * block of three lines or more, all but the last of about one length between the wrap widths, the last
     * ending a sentence. For each line of such a block, the block's longest line; 0 elsewhere.
     */
    private static int[] wrappedBlockWidths(List<SourceLine> lines) {
        int[] widths = new int[lines.size()];
        int start = 0;
        while (start < lines.size()) {
            int end = start;
            while (end < lines.size() && !lines.get(end).isBlank()) {
                end++;
            }
            List<SourceLine> block = lines.subList(start, end);
            if (block.size() >= 3 && HardWrapRule.endsSentence(block.get(block.size() - 1).text())) {
                int shortest = Integer.MAX_VALUE;
                int longest = 0;
                for (SourceLine line : block) {
                    longest = Math.max(longest, line.text().length());
                }
                for (SourceLine line : block.subList(0, block.size() - 1)) {
                    shortest = Math.min(shortest, line.text().length());
                }
                if (longest <= WRAP_WIDTH_MAX && shortest >= WRAP_WIDTH_MIN && shortest >= longest * EVEN_BLOCK) {
                    for (int i = start; i < end; i++) {
                        widths[i] = longest;
                    }
                }
            }
            start = end + 1;
        }
        return widths;
    }

    /**
     * For each line (by index), the width its block was wrapped at: the block's longest line, or the
     * file's median line length when the block is a few short lines (a title over a byline).
     */
    private static int[] blockWidths(List<SourceLine> lines) {
        int typical = widthQuantile(lines, 0.5);
        int[] widths = new int[lines.size()];
        int start = 0;
        while (start < lines.size()) {
            int end = start;
            int longest = 0;
            while (end < lines.size() && !lines.get(end).isBlank()) {
                longest = Math.max(longest, lines.get(end).text().length());
                end++;
            }
            for (int i = start; i < end; i++) {
                widths[i] = Math.max(typical, longest);
            }
            start = end + 1;
        }
        return widths;
    }
}
