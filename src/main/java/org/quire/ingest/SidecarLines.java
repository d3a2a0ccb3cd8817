package org.quire.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.quire.sidecar.LineRange;
import org.quire.sidecar.Overrides;

/**
 * The sidecar's edits to a seed's lines: lines the editor drops, lines no rule may drop, and lines
 * where an article must start. Dropped ranges and split lines become chunk edges, so that every edit
 * covers whole chunks; a kept line keeps the whole chunk (paragraph) holding it.
 */
final class SidecarLines {
    static final String RULE = "sidecar";
    static final String WHY = "dropped by the editor's sidecar";

    private final Overrides overrides;

    /** @throws org.quire.build.QuireException when a line number lies beyond the seed's last line */
    SidecarLines(Overrides overrides, int lineCount) {
        this.overrides = overrides;
        List<LineRange> all = new ArrayList<>(overrides.splitBefore());
        all.addAll(overrides.keep());
        all.addAll(overrides.drop());
        for (LineRange range : all) {
            if (range.last() > lineCount) {
                throw overrides.error(range.sidecarLine(), "line " + range.last() + " is out of range: the seed has "
                        + lineCount + " lines");
            }
        }
    }

    /** Lines that must open a chunk: each split line, and the first line in and after each dropped range. */
    Set<Integer> chunkStarts() {
        Set<Integer> starts = new HashSet<>();
        overrides.splitBefore().forEach(r -> starts.add(r.first()));
        for (LineRange r : overrides.drop()) {
            starts.add(r.first());
            starts.add(r.last() + 1);
        }
        return starts;
    }

    /** Drops the chunks inside dropped ranges and puts those touching kept ranges out of every rule's reach. */
    void mark(List<Piece> pieces) {
        for (Piece p : pieces) {
            if (within(p, overrides.drop())) {
                p.dropByEditor(WHY);
            } else if (touches(p, overrides.keep())) {
                p.keptByEditor = true;
            }
        }
    }

    /** Per split line, the first chunk at or after it that the rules left in: an article must open there. */
    Set<Piece> forcedStarts(List<Piece> pieces) {
        Set<Piece> starts = new HashSet<>();
        for (LineRange split : overrides.splitBefore()) {
            pieces.stream().filter(p -> !p.isDropped() && p.chunk.firstLine() >= split.first()).findFirst()
                    .ifPresent(starts::add);
        }
        return starts;
    }

    /** What the line edits did, for the report; a keep that no rule needed is said to be so. */
    List<String> notes(List<Piece> pieces) {
        List<String> notes = new ArrayList<>();
        for (LineRange r : overrides.drop()) {
            notes.add(lines(r) + " dropped");
        }
        for (LineRange r : overrides.keep()) {
            Set<String> overruled = new LinkedHashSet<>();
            for (Piece p : pieces) {
                if (touches(p, List.of(r)) && p.overruled != null) {
                    overruled.add(p.overruled);
                }
            }
            String none = r.first() == r.last() ? " (no rule would drop it)" : " (no rule would drop them)";
            notes.add(lines(r) + " kept" + (overruled.isEmpty() ? none : " against " + String.join(", ", overruled)));
        }
        for (LineRange r : overrides.splitBefore()) {
            notes.add("an article starts at line " + r.first());
        }
        return notes;
    }

    private static String lines(LineRange r) {
        return (r.first() == r.last() ? "line " : "lines ") + r;
    }

    private static boolean within(Piece p, List<LineRange> ranges) {
        return ranges.stream().anyMatch(r -> r.contains(p.chunk.firstLine()) && r.contains(p.chunk.lastLine()));
    }

    private static boolean touches(Piece p, List<LineRange> ranges) {
        return p.chunk.lines().stream().anyMatch(n -> ranges.stream().anyMatch(r -> r.contains(n)));
    }
}
