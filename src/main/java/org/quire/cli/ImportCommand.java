package org.quire.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.quire.build.ArticleFiles;
import org.quire.build.OutputFolder;
import org.quire.build.Sources;
import org.quire.ingest.IngestResult;
import org.quire.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Splits raw texts into articles and writes each as Markdown with YAML front matter. "
                + "A sidecar beside a FILE (same name, .yaml) applies the editor's overrides.")
final class ImportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Raw text files (UTF-8).")
    List<Path> files;

    @Option(names = "--out", required = true, description = "Folder for the Markdown files.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            IngestResult result = Sources.ingest(file);
            articles.addAll(result.articles());
        }
        List<String> names;
        try (OutputFolder folder = new OutputFolder(out)) {
            names = ArticleFiles.stage(folder, "", articles);
            folder.commit();
        }
        names.forEach(name -> spec.commandLine().getOut().println(out.resolve(name)));
        return 0;
    }
}
