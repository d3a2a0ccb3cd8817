package org.quire.html;

import java.util.ArrayList;
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

    private final Book book;

    public BookRenderer(Book book) {
        this.book = book;
    }

    /** The whole book as one document for the paged-media renderer. */
    public HtmlPage printBook(List<String> stylesheets) {
        Xhtml x = start(book.meta().title(), stylesheets);
        bookmarks(x);
        x.close("head").newline().open("body").newline();
        titlePage(x);
        contents(x, "Contents", id -> "#" + id, true);
        ContentRenderer content = new ContentRenderer(x, NotePlacement.print());
        for (Part part : book.parts()) {
            partTitle(x, part);
            for (Article article : part.articles()) {
                article(x, content, article);
            }
        }
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
                partTitle(x, part);
                x.close("body").close("html").newline();
                pages.add(new HtmlPage(partFile(partIndex), part.title(), x.toString()));
            }
            for (Article article : part.articles()) {
                Xhtml x = start(article.meta().title(), stylesheets);
                x.close("head").open("body").newline();
                article(x, new ContentRenderer(x, NotePlacement.ebook()), article);
                x.close("body").close("html").newline();
                pages.add(new HtmlPage(articleFile(article), article.meta().title(), x.toString()));
            }
        }
        return pages;
    }

    /** The EPUB navigation document: the contents as links into the article files. */
    public HtmlPage ebookNav(List<String> stylesheets) {
        Xhtml x = start("Contents", stylesheets);
        x.close("head").open("body").newline();
        contents(x, "Contents", id -> {
            for (Article a : book.articles()) {
                if (a.meta().id().equals(id)) {
                    return articleFile(a) + "#" + id;
                }
            }
            return partFileFor(id);
        }, false);
        x.close("body").close("html").newline();
        return new HtmlPage(NAV_FILE, "Contents", x.toString());
    }

    public static String articleFile(Article article) {
        return "article-" + article.meta().id() + ".xhtml";
    }

    private static String partFile(int index) {
        return "part-" + index + ".xhtml";
    }

    private String partFileFor(String partId) {
        return partFile(Integer.parseInt(partId.substring("part-".length())));
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
                x.element("a", part.title(), "href", target.apply("part-" + partIndex), "class", "toc-part-title");
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

    private void partTitle(Xhtml x, Part part) {
        if (part.title() == null) {
            return;
        }
        int index = book.parts().indexOf(part) + 1;
        x.open("section", "class", "part", "id", "part-" + index, "epub:type", "part", "role", "doc-part");
        x.element("h1", part.title(), "class", "part-title");
        x.close("section").newline();
    }

    private void article(Xhtml x, ContentRenderer content, Article article) {
        ArticleMeta meta = article.meta();
        String lang = Objects.equals(meta.lang(), book.meta().language()) ? null : meta.lang();
        x.open("section", "class", "article", "id", meta.id(), "epub:type", "chapter", "role", "doc-chapter",
                "lang", lang, "xml:lang", lang).newline();
        x.open("header", "class", "article-opener");
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
