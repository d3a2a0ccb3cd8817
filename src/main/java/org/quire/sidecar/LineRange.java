package org.quire.sidecar;

/**
 * Lines {@code first} to {@code last} of a seed, counted from 1 as editors count them.
 *
 * @param sidecarLine the sidecar's line that names them, for error messages
 */
public record LineRange(int first, int last, int sidecarLine) {
    public boolean contains(int line) {
        return first <= line && line <= last;
    }

    public boolean overlaps(LineRange other) {
        return first <= other.last && other.first <= last;
    }

    /** "41" or "12–14", as the ingest report writes line ranges. */
    @Override
    public String toString() {
        return first == last ? Integer.toString(first) : first + "–" + last;
    }
}
