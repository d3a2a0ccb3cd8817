package org.quire.ingest;

import org.quire.sidecar.Overrides;

/**
 * Raw text in, articles out: decode → chunks → page furniture dropped → articles split, headers read →
 * blocks → report, with the editor's sidecar overrides where there are any. Pure: no files, no clock.
 */
public final class Ingest {
    private Ingest() {
    }

    /**
     * @param seedName the seed's file name, recorded in each article's metadata and in the report
     * @param text     the seed's whole text
     */
    public static IngestResult ingest(String seedName, String text) {
        return ingest(seedName, text, Overrides.NONE);
    }

    /**
     * @param overrides the editor's sidecar for this seed: line edits take effect before the articles are
     *                  split, article edits after they are read
     * @throws org.quire.build.QuireException at the sidecar's line when it names a line or an article the
     *                                        seed does not have
     */
    public static IngestResult ingest(String seedName, String text, Overrides overrides) {
        return new SeedIngester(seedName, overrides).ingest(text);
    }
}
