package org.quire.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.quire.compose.Anthology;
import org.quire.compose.Manifest;
import org.quire.compose.index.BookIndex;
import org.quire.compose.index.IndexSpec;
import org.quire.html.PrintedIndex;
import org.quire.pdf.PdfBook;
import java.util.concurrent.atomic.AtomicReference;
import org.quire.epub.EpubWriter;
import org.quire.fonts.FontFace;
import org.quire.fonts.FontLibrary;
import org.quire.html.BookRenderer;
import org.quire.ingest.IngestReport;
import org.quire.model.Article;
import org.quire.model.Book;
import org.quire.model.BookMeta;
import org.quire.model.Slug;
import org.quire.pdf.PdfBookWriter;

/** One build of a book repository: seeds/, styles/ and fonts/ in, the books in the output folder. */
public final class BookBuild {
    public static final List<String> PRINT_STYLES = List.of("book.css", "print.css");
    public static final List<String> EBOOK_STYLES = List.of("book.css", "epub.css");
    /** The curated index terms, beside the manuscript. */
    public static final String INDEX_FILE = "index.yaml";
    /** Anchors whose pages the contents and the index need. */
    private static final Pattern ANCHORS = Pattern.compile(".*-opener|ix-\\d+");

    private final Path root;
    private final Progress progress;

    public BookBuild(Path root, Progress progress) {
        this.root = root;
        this.progress = progress;
    }

    /** What a build made, for the caller to report or test. */
    public record Result(Book book, BookIndex index, Path pdf, Path epub, int articleFiles, PdfBook layout) {}

    /** The book as a model, its index terms marked: everything before any format exists. */
    public record Composed(Sources.Manuscript manuscript, Book book, IndexSpec indexSpec, BookIndex index) {}

    public Composed compose() throws IOException {
        long start = System.nanoTime();
        Path seeds = root.resolve("seeds");
        Sources.Manuscript manuscript = Sources.read(seeds);
        progress.stage("ingest", manuscript.seedCount() + " seeds, " + manuscript.articles().size() + " articles", since(start));

        start = System.nanoTime();
        Path manifestFile = seeds.resolve(Manifest.FILE_NAME);
        Manifest manifest = Manifest.parse(readIfPresent(manifestFile), manifestFile.toString(), buildTime());
        Book book = Anthology.compose(manifest, manuscript.articles(), manuscript.introduction());
        Path indexFile = seeds.resolve(INDEX_FILE);
        String indexYaml = readIfPresent(indexFile);
        IndexSpec spec = indexYaml == null ? IndexSpec.AUTOMATIC : IndexSpec.parse(indexYaml, indexFile.toString());
        BookIndex index = BookIndex.build(book, spec);
        progress.stage("compose", book.articles().size() + " articles in " + book.parts().size() + " part(s), "
                + index.entries().size() + " index entries", since(start));
        return new Composed(manuscript, index.markOccurrences(book), spec, index);
    }

    public Result run(Path out) throws IOException {
        Composed composed = compose();
        Book book = composed.book();
        BookMeta meta = book.meta();
        Map<String, String> styles = stylesheets();
        List<FontFace> fonts = FontLibrary.scan(root.resolve("fonts"));
        String name = Slug.of(meta.title());
        List<String> typefaces = fonts.stream().map(FontFace::family).distinct().toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (OutputFolder folder = new OutputFolder(out)) {
            // The e-book's index cites the print pages, so it follows the PDF's layout; the rest runs beside it.
            AtomicReference<PrintedIndex> printed = new AtomicReference<>();
            AtomicReference<PdfBook> layout = new AtomicReference<>();
            CompletableFuture<Path> pdf = CompletableFuture.supplyAsync(() -> timed(folder, name + ".pdf", () -> {
                BookRenderer renderer = new BookRenderer(book);
                PdfBook laidOut = PdfBookWriter.write(renderer.printBook(PRINT_STYLES, typefaces), root.resolve("styles"),
                        fonts, meta, ANCHORS, renderer.bodyAnchor(), folios -> {
                            printed.set(new PrintedIndex(composed.index().groups(), folios));
                            return new BookRenderer(book, printed.get()).printIndex(PRINT_STYLES);
                        });
                layout.set(laidOut);
                return laidOut.bytes();
            }), pool);
            CompletableFuture<Path> epub = pdf.thenApplyAsync(done -> timed(folder, name + ".epub",
                    () -> EpubWriter.write(book, printed.get(), fonts, ebookStyles(styles))), pool);
            int articleFiles = writeArticles(folder, composed.manuscript().articles());
            write(folder, "ingest-report.md", IngestReport.markdown(composed.manuscript().reports()));
            Path pdfPath = join(pdf);
            Path epubPath = join(epub);
            folder.commit();
            return new Result(book, composed.index(), out.resolve(pdfPath.getFileName()), out.resolve(epubPath.getFileName()),
                    articleFiles, layout.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private int writeArticles(OutputFolder folder, List<Article> articles) throws IOException {
        long start = System.nanoTime();
        int count = ArticleFiles.stage(folder, "articles", articles).size();
        progress.wrote(folder.finalPath("articles"), count, since(start));
        return count;
    }

    private void write(OutputFolder folder, String name, String text) throws IOException {
        long start = System.nanoTime();
        Path file = folder.staged(name);
        Files.writeString(file, text);
        progress.wrote(folder.finalPath(name), Files.size(file), since(start));
    }

    private interface Render {
        byte[] bytes() throws IOException;
    }

    private Path timed(OutputFolder folder, String name, Render render) {
        try {
            long start = System.nanoTime();
            byte[] bytes = render.bytes();
            Path file = folder.staged(name);
            Files.write(file, bytes);
            progress.wrote(folder.finalPath(name), bytes.length, since(start));
            return file;
        } catch (IOException e) {
            throw new CompletionException(e);
        }
    }

    private static Path join(CompletableFuture<Path> future) throws IOException {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    private Map<String, String> stylesheets() throws IOException {
        Map<String, String> styles = new LinkedHashMap<>();
        for (String name : Stream.concat(PRINT_STYLES.stream(), EBOOK_STYLES.stream()).distinct().toList()) {
            Path file = root.resolve("styles").resolve(name);
            if (!Files.exists(file)) {
                throw new QuireException(file.toString(), "missing stylesheet");
            }
            styles.put(name, Files.readString(file));
        }
        return styles;
    }

    private static Map<String, String> ebookStyles(Map<String, String> all) {
        Map<String, String> styles = new LinkedHashMap<>();
        EBOOK_STYLES.forEach(name -> styles.put(name, all.get(name)));
        return styles;
    }

    private static String readIfPresent(Path file) throws IOException {
        return Files.exists(file) ? Sources.decode(file) : null;
    }

    /**
     * The time stamped into the books: SOURCE_DATE_EPOCH when set (reproducible builds), otherwise
     * the newest input file, so that an unchanged repository rebuilds to the same bytes.
     */
    private String buildTime() throws IOException {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch)).toString();
        }
        long newest = 0;
        for (String dir : List.of("seeds", "styles", "fonts")) {
            try (Stream<Path> files = Files.walk(root.resolve(dir))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    newest = Math.max(newest, Files.getLastModifiedTime(file).toMillis() / 1000);
                }
            }
        }
        return Instant.ofEpochSecond(newest).toString();
    }

    private static long since(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
