package org.quire.cli;

import java.util.concurrent.Callable;
import org.quire.build.BookBuild;
import org.quire.build.Progress;
import org.quire.compose.index.IndexSuggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Shows the index terms Quire finds, with counts, so an editor can curate seeds/index.yaml.")
final class IndexCommand implements Callable<Integer> {
    @Option(names = "--suggest", required = true, description = "Print the candidate terms with their counts.")
    boolean suggest;

    @Mixin
    BookRoot book;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BookBuild.Composed composed = new BookBuild(book.root, Progress.SILENT).compose();
        IndexSuggestions.lines(composed.book(), composed.indexSpec()).forEach(spec.commandLine().getOut()::println);
        return 0;
    }
}
