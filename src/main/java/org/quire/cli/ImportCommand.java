package org.quire.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.quire.build.ArticleFiles;
import org.quire.build.OutputFolder;
import org.quire.build.Sources;
import org.quire.ingest.IngestReport;
import org.quire.ingest.IngestResult;
import org.quire.ingest.SeedReport;
import org.quire.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Splits raw texts into articles and writes each as Markdown with YAML front matter, "
                + "with ingest-report.md listing every line left out and why. "
                + "A sidecar beside a FILE (same name, .yaml) applies the editor's overrides.")
final class ImportCommand implements Callable<Integer> {
    /** Written beside the articles, so the editor sees what each file lost and why. */
    static final String REPORT = "ingest-report.md";

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Raw text files (UTF-8).")
    List<Path> files;

    @Option(names = "--out", required = true, description = "Folder for the Markdown files.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Article> articles = new ArrayList<>();
        List<SeedReport> reports = new ArrayList<>();
        for (Path file : files) {
            IngestResult result = Sources.ingest(file);
            articles.addAll(result.articles());
            reports.add(result.report());
        }
        List<String> names;
        try (OutputFolder folder = new OutputFolder(out)) {
            names = new ArrayList<>(ArticleFiles.stage(folder, "", articles));
            Files.writeString(folder.staged(REPORT), IngestReport.markdown(reports));
            names.add(REPORT);
            folder.commit();
        }
        names.forEach(name -> spec.commandLine().getOut().println(out.resolve(name)));
        return 0;
    }
}
