package org.quire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.quire.build.Progress;

/** Prints each stage and each output as a build goes. */
final class ProgressPrinter implements Progress {
    private final PrintWriter out;
    private final Path base;

    ProgressPrinter(PrintWriter out, Path base) {
        this.out = out;
        this.base = base;
    }

    @Override
    public synchronized void stage(String name, String summary, long millis) {
        out.printf("  %-8s %-48s %6d ms%n", name, summary, millis);
    }

    @Override
    public synchronized void wrote(Path file, long bytes, long millis) {
        Path shown = file.toAbsolutePath().normalize();
        shown = shown.startsWith(base) ? base.relativize(shown) : shown;
        out.printf("  %-8s %-48s %6d ms%n", "wrote", shown + " (" + size(bytes, file) + ")", millis);
    }

    private static String size(long bytes, Path file) {
        if (!file.getFileName().toString().contains(".")) {
            return bytes + " files";
        }
        return bytes >= 1 << 20 ? String.format("%.1f MB", bytes / 1048576.0) : String.format("%d kB", (bytes + 1023) / 1024);
    }
}
