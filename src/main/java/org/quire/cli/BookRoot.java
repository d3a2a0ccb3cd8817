package org.quire.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --root} option shared by the commands that read a book repository. */
final class BookRoot {
    @Option(names = "--root", description = "The book repository (default: the current folder).", defaultValue = ".")
    Path root;
}
