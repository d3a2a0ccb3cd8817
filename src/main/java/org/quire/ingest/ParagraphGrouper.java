package org.quire.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Groups decoded lines into chunks. Files come in two layouts: blank-separated paragraphs (each
 * paragraph one long line, or wrapped at a fixed width) and one paragraph per line with no blank lines.
 * Either way a line joins the one before it only when {@link HardWrapRule} says it continues it, and
 * never when the editor's sidecar needs a chunk to start there.
 */
final class ParagraphGrouper {
    /** Lines of wrapped prose are about this long; longer lines are whole paragraphs. */
    private static final int WRAP_WIDTH_MAX = 100;
    private static final int WRAP_WIDTH_MIN = 40;

    private ParagraphGrouper() {
    }

    static List<Chunk> group(List<SourceLine> lines) {
        return group(lines, Set.of());
    }

    /** @param chunkStarts line numbers that must open a chunk */
    static List<Chunk> group(List<SourceLine> lines, Set<Integer> chunkStarts) {
        boolean wrapped = isWrappedAtFixedWidth(lines);
        List<Chunk> chunks = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        String text = null;
        int blanks = 0;
        int blanksBeforeCurrent = 0;
        SourceLine previous = null;
        for (SourceLine line : lines) {
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
            boolean joins = text != null && previous != null && !previous.isBlank()
                    && !chunkStarts.contains(line.number())
                    && (wrapped ? HardWrapRule.continuesWrappedParagraph(line.text())
                                : HardWrapRule.continuesSentence(text, line.text()));
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
     * True when most non-blank lines sit in multi-line blocks and are about one wrap width long: the
     * layout of e-mail and plain-text archives, where only blank lines end paragraphs.
     */
    static boolean isWrappedAtFixedWidth(List<SourceLine> lines) {
        int nonBlank = 0;
        int wrappedLike = 0;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            nonBlank++;
            boolean nextIsText = i + 1 < lines.size() && !lines.get(i + 1).isBlank();
            int length = line.text().length();
            if (nextIsText && length >= WRAP_WIDTH_MIN && length <= WRAP_WIDTH_MAX) {
                wrappedLike++;
            }
        }
        return nonBlank >= 4 && wrappedLike * 2 >= nonBlank;
    }
}
