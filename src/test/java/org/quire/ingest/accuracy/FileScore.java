package org.quire.ingest.accuracy;

/** One raw file scored against its gold: the tallies, and the disagreements behind them. */
record FileScore(GoldFile file, Counts counts, Findings findings) {
}
