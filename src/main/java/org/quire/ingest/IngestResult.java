package org.quire.ingest;

import java.util.List;
import org.quire.model.Article;

public record IngestResult(List<Article> articles, SeedReport report) {}
