package org.quire.ingest;

/**
 * A chunk on its way through the rules: its current text and, once a rule has left it out, the drop.
 * Mutable on purpose and never leaves the package; the public results are immutable records.
 */
final class Piece {
    final Chunk chunk;
    String text;
    Drop drop;

    Piece(Chunk chunk) {
        this.chunk = chunk;
        this.text = chunk.text();
    }

    boolean isDropped() {
        return drop != null;
    }

    void drop(String rule, String why) {
        if (drop == null) {
            drop = new Drop(rule, why);
        }
    }

    int words() {
        return Words.count(text);
    }

    @Override
    public String toString() {
        return chunk.lines() + (drop == null ? " " : " [" + drop.rule() + "] ") + text;
    }
}
