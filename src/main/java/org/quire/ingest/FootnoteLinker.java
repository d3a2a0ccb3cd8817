package org.quire.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links numbered notes at an article's end ("1. See …  [back]") to their markers in the text: a number
 * glued to a word or its punctuation ("the record.1") or standing before a comma ("others 2,"). Each
 * marker becomes an {@code Inline.Note} holding the note's text; the back-link residue is removed.
 * Markers are searched in order, each after the one before, so a stray number earlier cannot steal one.
 */
final class FootnoteLinker {
    static final String NAME = "footnote";

    private static final Pattern NOTE = Pattern.compile("^(\\d{1,3})\\.\\s+(.+)$", Pattern.DOTALL);
    private static final Pattern BACK_LINK = Pattern.compile(
            "\\s*(?:\\[\\s*(?:back|volver|retour|return|zurück|top|↑|↩)\\s*]|↩\\uFE0E?|↑)\\s*$", Pattern.CASE_INSENSITIVE);

    private FootnoteLinker() {
    }

    /** Finds the article's notes, links them, moves the note chunks out of the body; true when it did. */
    static boolean link(ArticleDraft draft) {
        List<Piece> body = draft.body;
        for (int start = 0; start < body.size(); start++) {
            List<Piece> notes = noteRun(body, start);
            if (notes.isEmpty()) {
                continue;
            }
            boolean backLinks = notes.stream().anyMatch(p -> BACK_LINK.matcher(p.text).find());
            Markers markers = findMarkers(body.subList(0, start), notes.size());
            // Without back-links, only markers glued to a word are sure enough to link.
            if (markers == null || (!backLinks && !markers.allGlued())) {
                continue;
            }
            for (int n = notes.size() - 1; n >= 0; n--) {
                int[] at = markers.positions().get(n);
                Piece p = body.get(at[0]);
                int index = draft.notes.size() + n;
                p.text = p.text.substring(0, at[1]) + InlineBuilder.sentinel(index) + p.text.substring(at[2]);
            }
            for (Piece note : notes) {
                Matcher m = NOTE.matcher(note.text);
                m.matches();
                draft.notes.add(BACK_LINK.matcher(m.group(2)).replaceAll("").strip());
                draft.noteChunks.add(note);
            }
            List<Piece> after = new ArrayList<>(body.subList(start + notes.size(), body.size()));
            body.subList(start, body.size()).clear();
            if (backLinks) {
                SiteFooterRule.drop(after);
            }
            // Dropped chunks stay in the body as everywhere else; one the editor keeps is text again.
            body.addAll(after);
            return true;
        }
        return false;
    }

    /** Consecutive chunks numbered 1, 2, 3… starting at {@code start}; empty when it is no run from 1. */
    private static List<Piece> noteRun(List<Piece> body, int start) {
        List<Piece> run = new ArrayList<>();
        for (int i = start; i < body.size(); i++) {
            Matcher m = NOTE.matcher(body.get(i).text.strip());
            if (!m.matches() || Integer.parseInt(m.group(1)) != run.size() + 1) {
                break;
            }
            run.add(body.get(i));
        }
        return run;
    }

    /** Marker positions as {piece, start, end}; {@code allGlued} when none stood apart before a comma. */
    record Markers(List<int[]> positions, boolean allGlued) {
    }

    /** For notes 1..count, the position of each marker, searched in order; null when one is missing. */
    static Markers findMarkers(List<Piece> text, int count) {
        List<int[]> found = new ArrayList<>();
        int piece = 0;
        int offset = 0;
        boolean allGlued = true;
        for (int n = 1; n <= count; n++) {
            Pattern glued = Pattern.compile("(?<=[\\p{L}.,;:!?”’\"')\\]])" + n + "(?![\\d\\p{L}])");
            Pattern spaced = Pattern.compile("(?<=\\p{L}) " + n + "(?=[,;:.](?!\\d))");
            int[] at = null;
            for (int i = piece; i < text.size() && at == null; i++) {
                if (text.get(i).chunk.code()) {
                    continue; // a digit in code is a value, never a note's marker
                }
                String t = text.get(i).text;
                int from = i == piece ? offset : 0;
                Matcher g = glued.matcher(t);
                Matcher s = spaced.matcher(t);
                int gStart = g.find(from) ? g.start() : Integer.MAX_VALUE;
                int sStart = s.find(from) ? s.start() : Integer.MAX_VALUE;
                if (gStart != Integer.MAX_VALUE && gStart <= sStart) {
                    at = new int[] {i, g.start(), g.end()};
                } else if (sStart != Integer.MAX_VALUE) {
                    at = new int[] {i, s.start(), s.end()};
                    allGlued = false;
                }
            }
            if (at == null) {
                return null;
            }
            found.add(at);
            piece = at[0];
            offset = at[2];
        }
        return new Markers(found, allGlued);
    }
}
