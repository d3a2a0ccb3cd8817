package org.quire.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.quire.build.BookBuild;
import org.quire.build.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the PDF book, the EPUB and the structured articles from seeds/, styles/ and fonts/.")
final class BuildCommand implements Callable<Integer> {
    @Option(names = "--out", description = "Output folder (default: ${DEFAULT-VALUE}).", defaultValue = "dist")
    Path out;

    @Mixin
    BookRoot book;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        var printer = spec.commandLine().getOut();
        Progress progress = new ProgressPrinter(printer, book.root.toAbsolutePath().normalize());
        BookBuild.Result result = new BookBuild(book.root, progress).run(book.root.resolve(out));
        printer.printf("built \"%s\" (%d articles) in %.1f s%n", result.book().meta().title(),
                result.book().articles().size(), (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
