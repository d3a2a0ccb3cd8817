package org.quire.ingest.accuracy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A raw file with its gold articles, and what follows from the labelling: each article's span (header
 * included), its body text, and the page furniture outside every article.
 */
record GoldFile(Path goldPath, Path rawPath, List<String> lines, List<GoldArticle> articles) {
    /** How far above the first body line a title may stand (kicker, URL, byline, dek and date between). */
    static final int HEADER_REACH = 15;

    GoldFile {
        lines = List.copyOf(lines);
        articles = List.copyOf(articles);
    }

    String name() {
        return rawPath.getFileName().toString();
    }

    /** Text of a 1-based line. */
    String line(int n) {
        return lines.get(n - 1);
    }

    /**
     * The first line of an article's span: the line where its title is printed, looked for above the first
     * body line but not past the previous article (the farthest copy wins, so a link card's title that
     * precedes the page title is part of the header); without a title, or when the title is not found
     * verbatim, the article starts at its first own line.
     */
    int spanStart(int index) {
        GoldArticle a = articles.get(index);
        int start = a.firstOwnLine();
        if (a.title() == null) {
            return start;
        }
        int floor = Math.max(index == 0 ? 1 : articles.get(index - 1).lastLine() + 1, a.firstBodyLine() - HEADER_REACH);
        String title = Normalise.title(a.title());
        for (int n = a.firstBodyLine() - 1; n >= floor; n--) {
            if (title.equals(Normalise.title(line(n)))) {
                start = Math.min(start, n);
            }
        }
        return start;
    }

    int spanEnd(int index) {
        return articles.get(index).lastLine();
    }

    /** Non-blank body lines of an article, as line numbers. */
    List<Integer> bodyLines(GoldArticle a) {
        return a.bodyLineNumbers().stream().filter(n -> !line(n).isBlank()).toList();
    }

    WordBag bodyWords(GoldArticle a) {
        return WordBag.ofBody(bodyLines(a).stream().map(this::line).toList());
    }

    /** Non-blank lines outside every article's span: page furniture (site header, footer, feed chrome). */
    List<Integer> furnitureLines() {
        List<Integer> out = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            if (!line(n).isBlank() && !insideAnySpan(n)) {
                out.add(n);
            }
        }
        return out;
    }

    private boolean insideAnySpan(int n) {
        for (int i = 0; i < articles.size(); i++) {
            if (n >= spanStart(i) && n <= spanEnd(i)) {
                return true;
            }
        }
        return false;
    }
}
