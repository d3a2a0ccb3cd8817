package org.quire.ingest;

/**
 * One decoded input line; {@code number} is 1-based, as editors count lines. {@code linkNumbers} counts
 * the text browser's link numbers taken out of it ({@link LinkNumberRule}).
 */
record SourceLine(int number, String text, int linkNumbers) {
    SourceLine(int number, String text) {
        this(number, text, 0);
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
