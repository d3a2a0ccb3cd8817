package org.quire.ingest;

import java.util.List;

public final class IngestReport {
    private IngestReport() {
    }

    public static String markdown(List<SeedReport> reports) {
        return "# Ingest report\n";
    }
}
