package org.quire.ingest.accuracy;

/**
 * The tallies behind the scores, kept as counts so that files add up to an overall score (micro average).
 * Word counts: tp = words of gold bodies that the matched ingest bodies share; fp = other ingest body words
 * (unmatched ingest articles wholly); fn = other gold body words (unmatched gold articles wholly).
 */
record Counts(int goldArticles, int ingestArticles, int matched, int titlesRight, int titles, int authorsRight,
        int authors, int datesRight, int dates, long tp, long fp, long fn, int residue) {

    static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    Counts plus(Counts o) {
        return new Counts(goldArticles + o.goldArticles, ingestArticles + o.ingestArticles, matched + o.matched,
                titlesRight + o.titlesRight, titles + o.titles, authorsRight + o.authorsRight, authors + o.authors,
                datesRight + o.datesRight, dates + o.dates, tp + o.tp, fp + o.fp, fn + o.fn, residue + o.residue);
    }

    /** Share right; NaN when there was nothing to score (e.g. no gold article states a date). */
    static double rate(int right, int total) {
        return total == 0 ? Double.NaN : (double) right / total;
    }

    double titleRate() {
        return rate(titlesRight, titles);
    }

    double authorRate() {
        return rate(authorsRight, authors);
    }

    double dateRate() {
        return rate(datesRight, dates);
    }

    double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double f1() {
        return f1(tp, fp, fn);
    }

    static double f1(long tp, long fp, long fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
