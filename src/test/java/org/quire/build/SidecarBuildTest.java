package org.quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.ingest.IngestReport;
import org.quire.model.Article;
import org.quire.model.ArticleMeta;

/** A sidecar beside a raw text in seeds/ changes the article the book is built from. */
class SidecarBuildTest {
    private static final String STORY = """
            We begin without a title, straight into the argument about the harbour and the men who work it.

            A second paragraph about the night shift, which the dockers have kept going for forty years.
            """;

    @TempDir
    Path root;

    private Path seeds() throws IOException {
        Path seeds = Files.createDirectories(root.resolve("seeds"));
        Files.writeString(seeds.resolve("story.txt"), STORY);
        return seeds;
    }

    @Test
    void theBookHasTheSidecarsTitleAndTheManifestItsId() throws IOException {
        Path seeds = seeds();
        Files.writeString(seeds.resolve("story.yaml"), """
                articles:
                  - at: 1
                    title: The Night Shift
                    id: the-night-shift
                    author: Dee Okafor
                """);
        Files.writeString(seeds.resolve("anthology.yaml"), """
                title: Harbour Book
                contents:
                  - part: Work
                    articles: [the-night-shift]
                """);
        Files.createDirectories(root.resolve("styles"));
        Files.createDirectories(root.resolve("fonts"));
        BookBuild.Composed composed = new BookBuild(root, Progress.SILENT).compose();
        List<Article> articles = composed.book().articles();
        assertEquals(1, articles.size());
        ArticleMeta meta = articles.get(0).meta();
        assertEquals("the-night-shift", meta.id());
        assertEquals("The Night Shift", meta.title());
        assertEquals(List.of("Dee Okafor"), meta.authors());
        String report = IngestReport.markdown(composed.manuscript().reports());
        assertTrue(report.contains("### Sidecar " + seeds.resolve("story.yaml")), report);
        assertTrue(report.contains("the-night-shift (lines 1–3): title, id, author set by the sidecar"), report);
    }

    @Test
    void theBooksOwnYamlFilesAreNoSidecars() throws IOException {
        Path seeds = seeds();
        Files.writeString(seeds.resolve("index.txt"), STORY);
        Files.writeString(seeds.resolve("index.yaml"), "exclude: [Harbour]\n");
        assertEquals(2, Sources.read(seeds).articles().size());
    }

    @Test
    void aBadSidecarStopsTheBuildAtItsLine() throws IOException {
        Path seeds = seeds();
        Files.writeString(seeds.resolve("story.yaml"), "articles:\n  - at: 1\n    date: last Tuesday\n");
        QuireException e = assertThrows(QuireException.class, () -> Sources.read(seeds));
        assertTrue(e.oneLine().startsWith(seeds.resolve("story.yaml") + ":3: a date is written yyyy"), e.oneLine());
    }
}
