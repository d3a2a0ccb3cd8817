package org.quire.ingest.accuracy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads {@code *.gold.yaml} files and checks them, so that a slip in the labelling (a range past the end,
 * a blank article, two articles claiming a line) fails loudly instead of skewing the scores.
 */
final class GoldReader {
    static final String SUFFIX = ".gold.yaml";

    private GoldReader() {
    }

    /** The gold files of a folder, sorted; none when the folder does not exist. */
    static List<Path> goldFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
    }

    /** Reads a gold file; its raw file is looked for next to it first (unseen fixtures), then in seeds/. */
    static GoldFile read(Path goldPath, Path seedsDir) throws IOException {
        Map<String, Object> root;
        try (var in = Files.newBufferedReader(goldPath, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        String seed = string(root.get("seed"));
        if (seed == null) {
            throw new IllegalArgumentException(goldPath + ": no 'seed'");
        }
        Path raw = goldPath.resolveSibling(seed);
        if (!Files.exists(raw)) {
            raw = seedsDir.resolve(seed);
        }
        List<String> lines = Files.readString(raw, StandardCharsets.UTF_8).lines().toList();
        List<GoldArticle> articles = new ArrayList<>();
        for (Object item : list(root.get("articles"))) {
            articles.add(article(map(item)));
        }
        GoldFile file = new GoldFile(goldPath, raw, lines, articles);
        check(file);
        return file;
    }

    private static GoldArticle article(Map<String, Object> m) {
        List<String> authors = list(m.get("authors")).stream().map(GoldReader::string).toList();
        List<GoldArticle.LineRange> body = new ArrayList<>();
        for (Object r : list(m.get("body"))) {
            List<Object> pair = list(r);
            if (pair.size() != 2) {
                throw new IllegalArgumentException("body range must be [first, last]: " + pair);
            }
            body.add(new GoldArticle.LineRange(number(pair.get(0)), number(pair.get(1))));
        }
        List<Integer> noise = list(m.get("noise")).stream().map(GoldReader::number).toList();
        return new GoldArticle(string(m.get("title")), authors, string(m.get("date")), string(m.get("lang")), body,
                noise);
    }

    private static void check(GoldFile file) {
        String where = file.goldPath().toString();
        if (file.articles().isEmpty()) {
            throw new IllegalArgumentException(where + ": no articles");
        }
        boolean[] claimed = new boolean[file.lines().size() + 1];
        for (GoldArticle a : file.articles()) {
            String what = where + " [" + (a.title() == null ? "untitled at " + a.firstBodyLine() : a.title()) + "]";
            if (a.body().isEmpty()) {
                throw new IllegalArgumentException(what + ": no body ranges");
            }
            for (GoldArticle.LineRange r : a.body()) {
                if (r.first() < 1 || r.last() > file.lines().size() || r.first() > r.last()) {
                    throw new IllegalArgumentException(what + ": bad range " + r);
                }
            }
            for (int n : a.bodyLineNumbers()) {
                if (claimed[n]) {
                    throw new IllegalArgumentException(what + ": line " + n + " is body of two articles");
                }
                claimed[n] = true;
            }
            for (int n : a.noise()) {
                if (n < 1 || n > file.lines().size() || a.isBody(n)) {
                    throw new IllegalArgumentException(what + ": noise line " + n + " is out of the file or is body");
                }
            }
            if (file.bodyLines(a).isEmpty()) {
                throw new IllegalArgumentException(what + ": body ranges hold only blank lines");
            }
        }
    }

    private static String string(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Date d) {
            // YAML reads 2018-11-15 as a timestamp at midnight UTC.
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        }
        return o.toString();
    }

    private static int number(Object o) {
        if (o instanceof Number n) {
            return n.intValue();
        }
        throw new IllegalArgumentException("not a line number: " + o);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalArgumentException("expected a mapping: " + o);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw new IllegalArgumentException("expected a list: " + o);
    }
}
