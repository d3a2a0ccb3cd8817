package org.quire.ingest;

import java.util.ArrayList;
import java.util.List;
import org.quire.model.Block;
import org.quire.model.Inline;

/**
 * Text to inlines: typography applied, and each footnote sentinel that {@link FootnoteLinker} left at a
 * marker replaced by its {@link Inline.Note}.
 */
final class InlineBuilder {
    /** Footnote sentinels are private-use characters; the note's index is the distance from this one. */
    static final char NOTE_BASE = '\uE100';
    static final char NOTE_LAST = '\uE1FF';

    private InlineBuilder() {
    }

    static char sentinel(int noteIndex) {
        return (char) (NOTE_BASE + noteIndex);
    }

    static List<Inline> inlines(String text, List<String> notes) {
        List<Inline> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        String typed = Typography.apply(text.strip().replaceAll("\\s+", " "));
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c >= NOTE_BASE && c <= NOTE_LAST && c - NOTE_BASE < notes.size()) {
                flush(run, out);
                String note = notes.get(c - NOTE_BASE);
                out.add(new Inline.Note(List.of(new Block.Paragraph(inlines(note, List.of())))));
            } else {
                run.append(c);
            }
        }
        flush(run, out);
        return out;
    }

    private static void flush(StringBuilder run, List<Inline> out) {
        if (run.length() > 0) {
            out.add(Inline.text(run.toString()));
            run.setLength(0);
        }
    }

    /** The text without footnote sentinels, for measuring and comparing. */
    static String withoutNotes(String text) {
        return text.replaceAll("[\uE100-\uE1FF]", "");
    }
}
