package org.quire.sidecar;

import java.util.List;
import org.quire.build.QuireException;

/**
 * An editor's corrections to one seed, from its sidecar ({@code seeds/name.yaml} beside {@code name.txt}):
 * lines to drop or to keep against the rules, lines where an article must start, and per-article
 * metadata or drops. Immutable; ingest applies it.
 *
 * @param fileName    the sidecar's path, named in errors; null for {@link #NONE}
 * @param splitBefore one-line ranges: an article starts at each
 * @param keep        lines no rule may drop
 * @param drop        lines left out of every article
 */
public record Overrides(String fileName, List<LineRange> splitBefore, List<LineRange> keep, List<LineRange> drop,
        List<ArticleOverride> articles) {
    /** No sidecar: ingest decides everything. */
    public static final Overrides NONE = new Overrides(null, List.of(), List.of(), List.of(), List.of());

    public Overrides {
        splitBefore = List.copyOf(splitBefore);
        keep = List.copyOf(keep);
        drop = List.copyOf(drop);
        articles = List.copyOf(articles);
    }

    public boolean isEmpty() {
        return splitBefore.isEmpty() && keep.isEmpty() && drop.isEmpty() && articles.isEmpty();
    }

    /** Bad input found while applying the sidecar, reported at the sidecar's line. */
    public QuireException error(int sidecarLine, String message) {
        return new QuireException(fileName, sidecarLine, message);
    }
}
