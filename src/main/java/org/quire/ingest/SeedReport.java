package org.quire.ingest;

public record SeedReport(String seed) {}
