package org.quire.epub;

import io.documentnode.epub4j.domain.Resource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.quire.fonts.FontFace;
import org.quire.html.BookRenderer;
import org.quire.html.HtmlPage;
import org.quire.html.PrintedIndex;
import org.quire.model.Book;
import org.quire.model.BookMeta;

/** Writes the book as an EPUB 3 package, with its fonts embedded and cut to the characters it uses. */
public final class EpubWriter {
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");
    /** Stylesheets that lead the cascade when present: shared rules first, e-book rules over them. */
    private static final List<String> CASCADE = List.of("book.css", "epub.css");

    private EpubWriter() {
    }

    /**
     * Pure apart from reading font files: returns the finished .epub bytes (the caller writes them atomically).
     * The same book, fonts and stylesheets always give the same bytes.
     *
     * @param stylesheets file name ("book.css") to CSS text; linked book.css, epub.css, then any others by name
     */
    public static byte[] write(Book book, List<FontFace> fonts, Map<String, String> stylesheets) throws IOException {
        return write(book, null, fonts, stylesheets);
    }

    /** @param index the index with the print edition's page numbers, or null */
    public static byte[] write(Book book, PrintedIndex index, List<FontFace> fonts, Map<String, String> stylesheets)
            throws IOException {
        BookMeta meta = book.meta();
        Objects.requireNonNull(meta.identifier(), "an EPUB needs the book's identifier");
        Objects.requireNonNull(meta.language(), "an EPUB needs the book's language");
        Instant modified = Instant.parse(Objects.requireNonNull(meta.modified(), "an EPUB needs a modified time"));

        Map<String, String> css = new LinkedHashMap<>();
        for (String name : cascade(stylesheets)) {
            css.put("css/" + name, stylesheets.get(name));
        }
        List<String> links = new ArrayList<>(css.keySet());
        links.add(FontCss.HREF);
        BookRenderer renderer = new BookRenderer(book, index);
        List<HtmlPage> pages = renderer.ebookPages(links);
        HtmlPage nav = renderer.ebookNav(links);

        List<String> documents = Stream.concat(pages.stream(), Stream.of(nav)).map(HtmlPage::xhtml).toList();
        List<EmbeddedFont> embedded = FontSubsets.embed(fonts, UsedCharacters.of(documents, css.values()));
        css.put(FontCss.HREF, FontCss.of(embedded));

        io.documentnode.epub4j.domain.Book epub = EpubModel.build(book, pages, nav, css, embedded);
        String opf = PackageDocument.write(meta, MODIFIED.format(modified.atOffset(ZoneOffset.UTC)), epub);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(PackageDocument.HREF, opf.getBytes(StandardCharsets.UTF_8));
        for (Resource resource : EpubModel.resources(epub)) {
            files.put(resource.getHref(), resource.getData());
        }
        return OcfArchive.zip(LocalDateTime.ofInstant(modified, ZoneOffset.UTC), files);
    }

    /** The stylesheet names in link order, fixed whatever order the map iterates in. */
    private static List<String> cascade(Map<String, String> stylesheets) {
        for (String name : stylesheets.keySet()) {
            if (!name.matches("[A-Za-z0-9_-]+\\.css") || name.equals("fonts.css")) {
                throw new IllegalArgumentException("not a usable stylesheet name (fonts.css is generated): " + name);
            }
        }
        Comparator<String> rank = Comparator.comparingInt(name -> CASCADE.contains(name) ? CASCADE.indexOf(name) : CASCADE.size());
        return stylesheets.keySet().stream().sorted(rank.thenComparing(Comparator.naturalOrder())).toList();
    }
}
