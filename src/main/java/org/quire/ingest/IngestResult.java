package org.quire.ingest;

import java.util.List;
import org.quire.model.Article;

/** What ingest makes of one seed: its articles, and the report that accounts for every line. */
public record IngestResult(List<Article> articles, SeedReport report) {
    public IngestResult {
        articles = List.copyOf(articles);
    }
}
