package org.quire.ingest;

import java.util.ArrayList;
import java.util.List;
import org.quire.model.Block;

/** An article while the rules are still finding its parts; becomes an immutable {@code Article}. */
final class ArticleDraft {
    String title;
    boolean workingTitle;
    /** The editor's sidecar gave the title: the sources page says so. */
    boolean titleByEditor;
    String subtitle;
    final List<String> authors = new ArrayList<>();
    String date;
    String dateline;
    String source;
    String lang;
    String translationOf;
    String id;
    /** Kept pieces read into the metadata: title, byline, date, address lines. */
    final List<Piece> meta = new ArrayList<>();
    /** Kept pieces that become blocks, in order. */
    final List<Piece> body = new ArrayList<>();
    /** Footnote texts, indexed by the sentinels {@link FootnoteLinker} put at their markers. */
    final List<String> notes = new ArrayList<>();
    /** The kept chunks the notes were read from. */
    final List<Piece> noteChunks = new ArrayList<>();
    List<Block> blocks = List.of();

    List<Piece> keptPieces() {
        List<Piece> all = new ArrayList<>();
        for (Piece p : meta) {
            if (!p.isDropped()) {
                all.add(p);
            }
        }
        for (Piece p : body) {
            if (!p.isDropped()) {
                all.add(p);
            }
        }
        all.addAll(noteChunks);
        return all;
    }

    int firstLine() {
        return keptPieces().stream().mapToInt(p -> p.chunk.firstLine()).min().orElse(0);
    }

    int lastLine() {
        return keptPieces().stream().mapToInt(p -> p.chunk.lastLine()).max().orElse(0);
    }

    int linesUsed() {
        return keptPieces().stream().mapToInt(p -> p.chunk.lines().size()).sum();
    }

    void addAuthor(String name) {
        if (!authors.contains(name)) {
            authors.add(name);
        }
    }
}
