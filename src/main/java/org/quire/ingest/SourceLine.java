package org.quire.ingest;

/** One decoded input line; {@code number} is 1-based, as editors count lines. */
record SourceLine(int number, String text) {
    boolean isBlank() {
        return text.isBlank();
    }
}
