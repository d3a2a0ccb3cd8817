package org.quire.ingest;

/**
 * A chunk on its way through the rules: its current text and, once a rule has left it out, the drop.
 * Mutable on purpose and never leaves the package; the public results are immutable records.
 */
final class Piece {
    final Chunk chunk;
    String text;
    Drop drop;
    /** Set by the editor's sidecar: no rule may drop this chunk. */
    boolean keptByEditor;
    /** The first rule that wanted out a chunk the editor keeps, for the report. */
    String overruled;

    Piece(Chunk chunk) {
        this.chunk = chunk;
        this.text = chunk.text();
    }

    boolean isDropped() {
        return drop != null;
    }

    /** Leaves the chunk out, unless an earlier rule did or the editor keeps it. */
    void drop(String rule, String why) {
        if (drop == null && mayDrop(rule)) {
            drop = new Drop(rule, why);
        }
    }

    /**
     * False when the editor keeps the chunk (the rule that wanted it out is then noted for the report), and
     * for code, whose lines no rule for prose can judge.
     */
    boolean mayDrop(String rule) {
        if (keptByEditor && overruled == null) {
            overruled = rule;
        }
        return !keptByEditor && !chunk.code();
    }

    /** Leaves the chunk out on the editor's word, which no rule and no earlier keep can overrule. */
    void dropByEditor(String why) {
        drop = new Drop(SidecarLines.RULE, why);
    }

    int words() {
        return Words.count(text);
    }

    @Override
    public String toString() {
        return chunk.lines() + (drop == null ? " " : " [" + drop.rule() + "] ") + text;
    }
}
