package org.quire.build;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.quire.compose.Manifest;
import org.quire.ingest.Ingest;
import org.quire.ingest.IngestResult;
import org.quire.ingest.SeedReport;
import org.quire.markdown.MarkdownReader;
import org.quire.model.Article;
import org.quire.sidecar.Overrides;
import org.quire.sidecar.SidecarReader;

/**
 * The manuscript: raw texts go through ingest, with the editor's sidecar {@code name.yaml} beside
 * {@code name.txt} when there is one; curated Markdown is read as it is. A curated {@code name.md}
 * replaces the raw {@code name.txt} it was made from.
 */
public final class Sources {
    /** The editor's introduction, which opens the book. */
    public static final String INTRODUCTION = "introduction.md";
    /** YAML files in seeds/ about the whole book, never a seed's sidecar. */
    private static final List<String> BOOK_FILES = List.of(Manifest.FILE_NAME, BookBuild.INDEX_FILE);
    /** Markdown files in seeds/ that are not articles. */
    private static final List<String> NOT_ARTICLES = List.of(INTRODUCTION, "readme.md");

    /** @param introduction the editor's introduction, or null */
    public record Manuscript(List<Article> articles, Article introduction, List<SeedReport> reports, int seedCount) {}

    private Sources() {
    }

    public static Manuscript read(Path seeds) throws IOException {
        if (!Files.isDirectory(seeds)) {
            throw new QuireException(seeds.toString(), "no seeds folder: put the book's texts here");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(seeds)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        List<Article> articles = new ArrayList<>();
        List<SeedReport> reports = new ArrayList<>();
        int count = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".md") && !NOT_ARTICLES.contains(lower)) {
                articles.add(MarkdownReader.read(decode(file), file.toString()));
                count++;
            } else if (lower.endsWith(".txt") && !Files.exists(seeds.resolve(stem(name) + ".md"))) {
                IngestResult result = ingest(file);
                articles.addAll(result.articles());
                reports.add(result.report());
                count++;
            }
        }
        if (articles.isEmpty()) {
            throw new QuireException(seeds.toString(), "no articles: add .txt or .md files");
        }
        Path intro = seeds.resolve(INTRODUCTION);
        Article introduction = Files.exists(intro) ? MarkdownReader.read(decode(intro), intro.toString()) : null;
        if (introduction != null && introduction.meta().id() == null) {
            introduction = new Article(introduction.meta().withId("introduction"), introduction.blocks());
        }
        return new Manuscript(articles, introduction, reports, count);
    }

    /** A raw text through ingest, with its sidecar ({@code name.yaml} beside {@code name.txt}) if it has one. */
    public static IngestResult ingest(Path text) throws IOException {
        String name = text.getFileName().toString();
        Path sidecar = text.resolveSibling(stem(name) + ".yaml");
        Overrides overrides = Files.isRegularFile(sidecar) && !BOOK_FILES.contains(sidecar.getFileName().toString())
                ? SidecarReader.read(decode(sidecar), sidecar.toString()) : Overrides.NONE;
        return Ingest.ingest(name, decode(text), overrides);
    }

    /** Seeds must be UTF-8; a byte that is not is reported rather than silently replaced. */
    public static String decode(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new QuireException(file.toString(), lineOfFirstBadByte(bytes), "not UTF-8 text; save it as UTF-8");
        }
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.decode(java.nio.ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 1;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
