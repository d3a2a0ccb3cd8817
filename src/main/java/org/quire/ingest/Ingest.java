package org.quire.ingest;

/**
 * Raw text in, articles out: decode → chunks → page furniture dropped → articles split, headers read →
 * blocks → report. Pure: no files, no clock.
 */
public final class Ingest {
    private Ingest() {
    }

    /**
     * @param seedName the seed's file name, recorded in each article's metadata and in the report
     * @param text     the seed's whole text
     */
    public static IngestResult ingest(String seedName, String text) {
        return new SeedIngester(seedName).ingest(text);
    }
}
