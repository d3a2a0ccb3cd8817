package org.quire.ingest.accuracy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs gold articles with ingest articles one to one. A pair must share lines of the raw file (so two
 * unrelated articles never pair on common words) and enough body words; the pairs sharing most words are
 * taken first. Whatever is left unpaired is a missed or an extra article.
 */
final class ArticleMatcher {
    /**
     * The shared words must be at least this share of the smaller body, or the overlap is incidental (function
     * words, a translation's names and numbers). A true pair shares nearly all of the smaller body, even when
     * ingest split the article or glued something to it.
     */
    static final double MIN_SHARE = 0.5;

    /** One side of a candidate pair: a line span of the raw file and a body. */
    record Side(int first, int last, WordBag words) {
        boolean overlaps(Side o) {
            return first <= o.last && o.first <= last;
        }
    }

    record Match(int gold, int ingest, int commonWords) {
    }

    private ArticleMatcher() {
    }

    static List<Match> match(List<Side> gold, List<Side> ingest) {
        List<Match> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int i = 0; i < ingest.size(); i++) {
                Side gs = gold.get(g);
                Side is = ingest.get(i);
                if (!gs.overlaps(is)) {
                    continue;
                }
                int common = gs.words().common(is.words());
                int smaller = Math.min(gs.words().size(), is.words().size());
                if (common > 0 && common >= MIN_SHARE * smaller) {
                    candidates.add(new Match(g, i, common));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Match::commonWords).reversed()
                .thenComparingInt(Match::gold).thenComparingInt(Match::ingest));
        boolean[] goldTaken = new boolean[gold.size()];
        boolean[] ingestTaken = new boolean[ingest.size()];
        List<Match> out = new ArrayList<>();
        for (Match m : candidates) {
            if (!goldTaken[m.gold()] && !ingestTaken[m.ingest()]) {
                goldTaken[m.gold()] = true;
                ingestTaken[m.ingest()] = true;
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(Match::gold));
        return out;
    }
}
