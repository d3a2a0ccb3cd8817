package org.quire.ingest.accuracy;

import java.util.ArrayList;
import java.util.List;

/**
 * The acceptance criteria of the ingest issue for one set of gold files. A criterion left null is not
 * part of that set's bar; a share with nothing to score (NaN) cannot fail it.
 */
record Thresholds(String set, Double titles, Double authors, Double dates, double f1, boolean noResidue) {

    /** On the five seeds: titles ≥ 95 %, authors and dates ≥ 90 %, body F1 ≥ 0.97, no residue. */
    static final Thresholds SEEDS = new Thresholds("seeds", 0.95, 0.90, 0.90, 0.97, true);

    /**
     * The bar for articles of the same kind the project had never seen: body F1 ≥ 0.93, titles ≥ 85 %. Each
     * batch of such pages was scored once while held out and used to develop the rules since.
     */
    static Thresholds unseen(String batch) {
        return new Thresholds(batch, 0.85, null, null, 0.93, false);
    }

    /** What falls short, one line each; empty when the set meets the bar. */
    List<String> shortfalls(Counts c) {
        List<String> out = new ArrayList<>();
        below("titles", c.titleRate(), titles, out);
        below("authors", c.authorRate(), authors, out);
        below("dates", c.dateRate(), dates, out);
        below("body F1", c.f1(), f1, out);
        if (noResidue && c.residue() > 0) {
            out.add(set + ": " + c.residue() + " residue offender(s), none allowed");
        }
        return out;
    }

    private void below(String what, double value, Double min, List<String> out) {
        if (min != null && !Double.isNaN(value) && value < min) {
            out.add(String.format("%s: %s %.3f < %.2f", set, what, value, min));
        }
    }
}
