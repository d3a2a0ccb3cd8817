package org.quire.build;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a build's outputs so that a failed build leaves the previous ones intact: everything is
 * written into a staging folder beside the outputs, then each file or folder is moved into place.
 */
public final class OutputFolder implements AutoCloseable {
    private final Path out;
    private final Path staging;

    public OutputFolder(Path out) throws IOException {
        this.out = out;
        Files.createDirectories(out);
        this.staging = Files.createTempDirectory(out, ".staging-");
    }

    /** Where to write an output before {@link #commit()}; {@code name} may contain a subfolder. */
    public Path staged(String name) throws IOException {
        Path file = staging.resolve(name);
        Files.createDirectories(file.getParent());
        return file;
    }

    public Path finalPath(String name) {
        return out.resolve(name);
    }

    /** Moves every staged file and folder over its previous version. */
    public void commit() throws IOException {
        try (Stream<Path> entries = Files.list(staging)) {
            for (Path entry : entries.sorted().toList()) {
                Path target = out.resolve(entry.getFileName().toString());
                if (Files.isDirectory(entry)) {
                    Path old = Files.exists(target) ? Files.move(target, staging.resolveSibling(".old-" + entry.getFileName())) : null;
                    move(entry, target);
                    if (old != null) {
                        delete(old);
                    }
                } else {
                    move(entry, target);
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void close() throws IOException {
        delete(staging);
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
