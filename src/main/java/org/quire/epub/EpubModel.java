package org.quire.epub;

import io.documentnode.epub4j.domain.Identifier;
import io.documentnode.epub4j.domain.MediaType;
import io.documentnode.epub4j.domain.MediaTypes;
import io.documentnode.epub4j.domain.Metadata;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.TOCReference;
import io.documentnode.epub4j.epub.NCXDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.quire.html.BookRenderer;
import org.quire.html.HtmlPage;
import org.quire.model.Article;
import org.quire.model.Book;
import org.quire.model.BookMeta;
import org.quire.model.Part;

/**
 * The e-book as epub4j's model: resources, spine and table of contents. epub4j's own writer is not
 * used (it only writes EPUB 2); {@link PackageDocument} and {@link OcfArchive} write this model as EPUB 3.
 */
final class EpubModel {
    /** epub4j would call a .ttf {@code application/x-truetype-font}; EPUB 3 names it {@code font/ttf}. */
    static final MediaType TTF = new MediaType("font/ttf", ".ttf");

    private EpubModel() {
    }

    /**
     * @param pages title page, then part and article pages in reading order (as BookRenderer gives them)
     * @param css   href ("css/book.css") to stylesheet text
     */
    static io.documentnode.epub4j.domain.Book build(Book book, List<HtmlPage> pages, HtmlPage nav,
            Map<String, String> css, List<EmbeddedFont> fonts) throws IOException {
        io.documentnode.epub4j.domain.Book epub = new io.documentnode.epub4j.domain.Book();
        metadata(epub.getMetadata(), book.meta());
        Iterator<HtmlPage> reading = pages.iterator();
        // Contents follow the title page, as in print.
        epub.getSpine().addResource(page(epub, reading.next()));
        epub.getSpine().addResource(page(epub, nav));
        for (Part part : book.parts()) {
            TOCReference partEntry = null;
            if (part.title() != null) {
                Resource partPage = page(epub, reading.next());
                epub.getSpine().addResource(partPage);
                partEntry = epub.getTableOfContents().addTOCReference(new TOCReference(part.title(), partPage));
            }
            for (Article article : part.articles()) {
                HtmlPage page = reading.next();
                if (!page.fileName().equals(BookRenderer.articleFile(article))) {
                    throw new IllegalStateException("pages out of reading order at " + page.fileName());
                }
                Resource articlePage = page(epub, page);
                epub.getSpine().addResource(articlePage);
                TOCReference entry = new TOCReference(article.meta().title(), articlePage, article.meta().id());
                if (partEntry == null) {
                    epub.getTableOfContents().addTOCReference(entry);
                } else {
                    partEntry.addChildSection(entry);
                }
            }
        }
        css.forEach((href, text) -> epub.addResource(new Resource(null, utf8(text), href, MediaTypes.CSS)));
        for (EmbeddedFont font : fonts) {
            epub.addResource(new Resource(null, font.data(), font.href(), TTF));
        }
        // The legacy NCX, for EPUB 2 reading systems; it mirrors the table of contents built above.
        Resource ncx = NCXDocument.createNCXResource(epub);
        epub.addResource(ncx);
        epub.getSpine().setTocResource(ncx);
        return epub;
    }

    /**
     * What the NCX needs. epub4j names the NCX's identifier meta "dtb:" + scheme, and the NCX wants
     * {@code dtb:uid}. No authors: epub4j would print a one-part name as "Name, ". The package
     * document, not this metadata, is what reading systems take the book's metadata from.
     */
    private static void metadata(Metadata metadata, BookMeta meta) {
        metadata.addIdentifier(new Identifier("uid", meta.identifier()));
        metadata.addTitle(meta.title());
        metadata.setLanguage(meta.language());
    }

    /** Every resource, by href: one fixed order for the manifest and the archive. */
    static List<Resource> resources(io.documentnode.epub4j.domain.Book epub) {
        return epub.getResources().getAll().stream().sorted(Comparator.comparing(Resource::getHref)).toList();
    }

    private static Resource page(io.documentnode.epub4j.domain.Book epub, HtmlPage page) {
        Resource resource = new Resource(null, utf8(page.xhtml()), page.fileName(), MediaTypes.XHTML);
        resource.setTitle(page.title());
        return epub.addResource(resource);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
