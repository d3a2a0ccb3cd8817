package org.quire.build;

import java.nio.file.Path;

/** What a build reports as it goes; the CLI prints it, tests may ignore it. */
public interface Progress {
    void stage(String name, String summary, long millis);

    void wrote(Path file, long bytes, long millis);

    Progress SILENT = new Progress() {
        @Override
        public void stage(String name, String summary, long millis) {
        }

        @Override
        public void wrote(Path file, long bytes, long millis) {
        }
    };
}
