package org.quire.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.quire.compose.index.IndexEntry;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.quire.model.Article;
import org.quire.model.ArticleMeta;
import org.quire.model.Book;
import org.quire.model.BookMeta;
import org.quire.model.Part;

/**
 * The anthology as semantic XHTML. The print book is one document; the e-book is the same pieces,
 * one file each. Only stylesheets, note placement and link targets differ between them.
 */
public final class BookRenderer {
    private static final String PROLOGUE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n";
    public static final String TITLE_PAGE_FILE = "title.xhtml";
    public static final String NAV_FILE = "nav.xhtml";
    public static final String SOURCES_FILE = "sources.xhtml";

    public static final String INDEX_FILE = "index.xhtml";
    /** Print index links name an anchor of the body, laid out in another document; PDF post-processing resolves them. */
    public static final String ANCHOR_LINK = "quire-anchor:";

    private final Book book;
    private final PrintedIndex index;

    public BookRenderer(Book book) {
        this(book, null);
    }

    /** @param index the index with print page numbers, or null for a book without one */
    public BookRenderer(Book book, PrintedIndex index) {
        this.book = book;
        this.index = index;
    }

    /** The print index as its own document, to be laid out after the body and joined to it. */
    public HtmlPage printIndex(List<String> stylesheets) {
        Xhtml x = start("Index", stylesheets);
        x.close("head").open("body", "class", "index-document").newline();
        new IndexRenderer(x, index.pageOf(), anchor -> ANCHOR_LINK + anchor).render(index.groups());
        x.close("body").close("html").newline();
        return new HtmlPage("index.xhtml", "Index", x.toString());
    }

    private HtmlPage ebookIndex(List<String> stylesheets) {
        Map<String, String> fileOfArticle = new HashMap<>();
        book.articles().forEach(a -> fileOfArticle.put(a.meta().id(), articleFile(a)));
        Map<String, String> fileOfAnchor = new HashMap<>();
        index.groups().forEach(g -> g.entries().forEach(e -> anchorsOf(e, fileOfArticle, fileOfAnchor)));
        Xhtml x = start("Index", stylesheets);
        x.close("head").open("body").newline();
        new IndexRenderer(x, index.pageOf(), anchor -> fileOfAnchor.get(anchor) + "#" + anchor).render(index.groups());
        x.close("body").close("html").newline();
        return new HtmlPage(INDEX_FILE, "Index", x.toString());
    }

    private static void anchorsOf(IndexEntry entry, Map<String, String> fileOfArticle, Map<String, String> out) {
        entry.occurrences().forEach(o -> out.put(o.anchorId(), fileOfArticle.get(o.articleId())));
        entry.subEntries().forEach(sub -> anchorsOf(sub, fileOfArticle, out));
    }

    /**
     * The whole book as one document for the paged-media renderer.
     *
     * @param typefaces the font families the book is set in, for the colophon
     */
    public HtmlPage printBook(List<String> stylesheets, List<String> typefaces) {
        Xhtml x = start(book.meta().title(), stylesheets);
        if (book.meta().trim() != null) {
            // The manifest's trim size overrides the stylesheet's.
            x.element("style", "@page { size: " + book.meta().trim().replaceAll("[;{}]", "") + "; }", "type", "text/css");
        }
        bookmarks(x);
        x.close("head").newline().open("body").newline();
        halfTitle(x);
        titlePage(x);
        colophon(x, typefaces);
        contents(x, "Contents", id -> "#" + id, true);
        ContentRenderer content = new ContentRenderer(x, NotePlacement.print());
        String bodyStart = "body-start";
        for (Part part : book.parts()) {
            partTitle(x, part, bodyStart);
            if (part.title() != null) {
                bodyStart = null;
            }
            for (Article article : part.articles()) {
                article(x, content, article, bodyStart);
                bodyStart = null;
            }
        }
        sources(x);
        x.close("body").close("html").newline();
        return new HtmlPage("book.xhtml", book.meta().title(), x.toString());
    }

    /** Title page, then one file per article, in reading order (the spine). */
    public List<HtmlPage> ebookPages(List<String> stylesheets) {
        List<HtmlPage> pages = new ArrayList<>();
        Xhtml title = start(book.meta().title(), stylesheets);
        title.close("head").open("body").newline();
        titlePage(title);
        title.close("body").close("html").newline();
        pages.add(new HtmlPage(TITLE_PAGE_FILE, book.meta().title(), title.toString()));
        int partIndex = 0;
        for (Part part : book.parts()) {
            partIndex++;
            if (part.title() != null) {
                Xhtml x = start(part.title(), stylesheets);
                x.close("head").open("body").newline();
                partTitle(x, part, null);
                x.close("body").close("html").newline();
                pages.add(new HtmlPage(partFile(partIndex), part.title(), x.toString()));
            }
            for (Article article : part.articles()) {
                Xhtml x = start(article.meta().title(), stylesheets);
                x.close("head").open("body").newline();
                article(x, new ContentRenderer(x, NotePlacement.ebook()), article, null);
                x.close("body").close("html").newline();
                pages.add(new HtmlPage(articleFile(article), article.meta().title(), x.toString()));
            }
        }
        Xhtml back = start("Sources", stylesheets);
        back.close("head").open("body").newline();
        sources(back);
        back.close("body").close("html").newline();
        pages.add(new HtmlPage(SOURCES_FILE, "Sources", back.toString()));
        if (index != null) {
            pages.add(ebookIndex(stylesheets));
        }
        return pages;
    }

    /** The EPUB navigation document: the contents as links into the article files. */
    public HtmlPage ebookNav(List<String> stylesheets) {
        Xhtml x = start("Contents", stylesheets);
        x.close("head").open("body").newline();
        Map<String, String> files = new HashMap<>();
        for (int i = 1; i <= book.parts().size(); i++) {
            files.put("part-" + i, partFile(i));
        }
        book.articles().forEach(a -> files.put(a.meta().id(), articleFile(a) + "#" + a.meta().id()));
        contents(x, "Contents", files::get, false);
        x.close("body").close("html").newline();
        return new HtmlPage(NAV_FILE, "Contents", x.toString());
    }

    public static String articleFile(Article article) {
        return "article-" + article.meta().id() + ".xhtml";
    }

    private static String partFile(int index) {
        return "part-" + index + ".xhtml";
    }


    private Xhtml start(String title, List<String> stylesheets) {
        BookMeta meta = book.meta();
        Xhtml x = new Xhtml().raw(PROLOGUE);
        x.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "xmlns:epub", "http://www.idpf.org/2007/ops",
                "lang", meta.language(), "xml:lang", meta.language()).newline();
        x.open("head").newline();
        x.empty("meta", "http-equiv", "Content-Type", "content", "text/html; charset=utf-8").newline();
        x.element("title", title).newline();
        if (!meta.editors().isEmpty()) {
            x.empty("meta", "name", "author", "content", String.join(", ", meta.editors())).newline();
        }
        for (String href : stylesheets) {
            x.empty("link", "rel", "stylesheet", "type", "text/css", "href", href).newline();
        }
        return x;
    }

    /** The PDF outline: parts and articles (openhtmltopdf reads {@code bookmarks} from the head). */
    private void bookmarks(Xhtml x) {
        x.open("bookmarks");
        int partIndex = 0;
        for (Part part : book.parts()) {
            partIndex++;
            boolean titled = part.title() != null;
            if (titled) {
                x.open("bookmark", "name", part.title(), "href", "#part-" + partIndex);
            }
            for (Article article : part.articles()) {
                x.empty("bookmark", "name", article.meta().title(), "href", "#" + article.meta().id());
            }
            if (titled) {
                x.close("bookmark");
            }
        }
        x.close("bookmarks").newline();
    }

    /** Back matter: where each article comes from, as far as its text says. */
    private void sources(Xhtml x) {
        x.open("section", "class", "sources", "id", "sources", "epub:type", "appendix", "role", "doc-appendix");
        x.element("h1", "Sources", "class", "sources-title").newline();
        x.open("dl", "class", "source-list");
        for (Article article : book.articles()) {
            ArticleMeta meta = article.meta();
            x.element("dt", meta.title());
            List<String> facts = new ArrayList<>();
            if (!meta.authors().isEmpty()) {
                facts.add(String.join(", ", meta.authors()));
            }
            if (meta.source() != null) {
                facts.add(meta.source());
            }
            if (meta.date() != null) {
                facts.add(DateText.of(meta.date(), meta.lang()));
            }
            if (meta.seed() != null) {
                facts.add("text taken from " + meta.seed() + (meta.lines() == null ? "" : ", lines " + meta.lines().replace('-', '\u2013')));
            }
            x.element("dd", facts.isEmpty() ? "Source not stated." : String.join("; ", facts) + ".");
            if (!meta.edits().isEmpty()) {
                x.element("dd", "Editing: " + String.join("; ", meta.edits()) + ".", "class", "edits");
            }
        }
        x.close("dl").close("section").newline();
    }

    /** The id on the first page numbered 1 in print: the first part's title, or the first article's opener. */
    public String bodyAnchor() {
        Part first = book.parts().get(0);
        return first.title() != null ? "part-1" : openerId(first.articles().get(0).meta().id());
    }

    /** The id of an article's opening header, whose page is the article's first page. */
    public static String openerId(String articleId) {
        return articleId + "-opener";
    }

    private static String classes(String base, String extra) {
        return extra == null ? base : base + " " + extra;
    }

    private void halfTitle(Xhtml x) {
        x.open("section", "class", "half-title", "epub:type", "halftitlepage", "role", "doc-halftitle")
                .element("p", book.meta().title(), "class", "half-title-text").close("section").newline();
    }

    /** The copyright page: what the book is, who made it, its rights, and when this edition was built. */
    private void colophon(Xhtml x, List<String> typefaces) {
        BookMeta meta = book.meta();
        x.open("section", "class", "colophon", "epub:type", "copyright-page", "id", "colophon");
        x.element("p", meta.title() + (meta.subtitle() == null ? "" : ": " + meta.subtitle()));
        if (!meta.editors().isEmpty()) {
            x.element("p", "Edited by " + String.join(", ", meta.editors()));
        }
        if (meta.publisher() != null) {
            x.element("p", "Published by " + meta.publisher() + (meta.place() == null ? "" : ", " + meta.place())
                    + (meta.year() == null ? "" : ", " + meta.year()));
        }
        if (meta.isbnPrint() != null) {
            x.element("p", "ISBN " + meta.isbnPrint() + " (print)");
        }
        if (meta.identifier().startsWith("urn:isbn:")) {
            x.element("p", "ISBN " + meta.identifier().substring("urn:isbn:".length()) + " (e-book)");
        }
        if (meta.rights() != null) {
            x.element("p", meta.rights());
        }
        if (!typefaces.isEmpty()) {
            x.element("p", "Set in " + String.join(" and ", typefaces) + ".");
        }
        x.element("p", "Built with Quire on " + meta.modified().substring(0, 10) + ".", "class", "build-date");
        x.close("section").newline();
    }

    private void titlePage(Xhtml x) {
        BookMeta meta = book.meta();
        x.open("section", "class", "title-page", "epub:type", "titlepage", "id", "title-page");
        x.element("h1", meta.title(), "class", "book-title");
        if (meta.subtitle() != null) {
            x.element("p", meta.subtitle(), "class", "book-subtitle");
        }
        if (!meta.editors().isEmpty()) {
            x.element("p", "Edited by " + String.join(", ", meta.editors()), "class", "book-editors");
        }
        if (meta.publisher() != null) {
            x.element("p", meta.publisher() + (meta.year() == null ? "" : ", " + meta.year()), "class", "book-publisher");
        }
        x.close("section").newline();
    }

    /**
     * The table of contents; {@code target} maps an article or part id to its link.
     * In print each entry is one link whose page number the stylesheet adds.
     */
    private void contents(Xhtml x, String heading, Function<String, String> target, boolean print) {
        x.open("nav", "class", "contents", "epub:type", "toc", "role", "doc-toc", "id", "contents");
        x.element("h1", heading, "class", "contents-title").newline();
        x.open("ol", "class", "toc");
        int partIndex = 0;
        for (Part part : book.parts()) {
            partIndex++;
            boolean titled = part.title() != null;
            if (titled) {
                x.open("li", "class", "toc-part");
                x.element("a", part.title(), "href", target.apply("part-" + partIndex),
                        "class", print ? "toc-part-title toc-link" : "toc-part-title");
                x.open("ol");
            }
            for (Article article : part.articles()) {
                ArticleMeta meta = article.meta();
                x.open("li", "class", "toc-article");
                x.open("a", "href", target.apply(meta.id()), "class", print ? "toc-link" : null);
                x.element("span", meta.title(), "class", "toc-title");
                if (!meta.authors().isEmpty()) {
                    x.text(" ").element("span", String.join(", ", meta.authors()), "class", "toc-author");
                }
                x.close("a").close("li").newline();
            }
            if (titled) {
                x.close("ol").close("li").newline();
            }
        }
        x.close("ol").close("nav").newline();
    }

    /** @param extraClass "body-start" on the section where arabic page numbers begin, else null */
    private void partTitle(Xhtml x, Part part, String extraClass) {
        if (part.title() == null) {
            return;
        }
        int index = book.parts().indexOf(part) + 1;
        x.open("section", "class", classes("part", extraClass), "id", "part-" + index, "epub:type", "part", "role", "doc-part");
        x.element("h1", part.title(), "class", "part-title");
        x.close("section").newline();
    }

    private void article(Xhtml x, ContentRenderer content, Article article, String extraClass) {
        ArticleMeta meta = article.meta();
        String lang = Objects.equals(meta.lang(), book.meta().language()) ? null : meta.lang();
        x.open("section", "class", classes("article", extraClass), "id", meta.id(), "epub:type", "chapter",
                "role", "doc-chapter", "lang", lang, "xml:lang", lang).newline();
        // The opener's id marks the page an article starts on (a section's own box ends pages later).
        x.open("header", "class", "article-opener", "id", openerId(meta.id()));
        x.element("h1", meta.title(), "class", "article-title");
        if (meta.subtitle() != null) {
            x.element("p", meta.subtitle(), "class", "article-subtitle", "role", "doc-subtitle");
        }
        if (!meta.authors().isEmpty()) {
            x.element("p", String.join(", ", meta.authors()), "class", "article-author");
        }
        String date = DateText.of(meta.date(), meta.lang());
        if (date != null) {
            x.element("p", date, "class", "article-date");
        }
        if (meta.source() != null) {
            x.element("p", meta.source(), "class", "article-source");
        }
        x.close("header").newline();
        content.startArticle(meta.id());
        content.blocks(article.blocks(), 1);
        content.endArticle();
        x.close("section").newline();
    }
}
