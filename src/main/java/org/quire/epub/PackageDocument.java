package org.quire.epub;

import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.SpineReference;
import org.quire.html.BookRenderer;
import org.quire.html.Xhtml;
import org.quire.model.BookMeta;

/** {@code content.opf} in the EPUB 3 form that epub4j cannot write: metadata, manifest, spine. */
final class PackageDocument {
    static final String HREF = "content.opf";

    private PackageDocument() {
    }

    /** @param modified the {@code dcterms:modified} value, already in the form EPUB requires */
    static String write(BookMeta meta, String modified, io.documentnode.epub4j.domain.Book epub) {
        Xhtml x = new Xhtml().raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.open("package", "xmlns", "http://www.idpf.org/2007/opf", "version", "3.0",
                "unique-identifier", "book-id", "xml:lang", meta.language()).newline();
        metadata(x, meta, modified);
        x.open("manifest").newline();
        for (Resource r : EpubModel.resources(epub)) {
            String properties = r.getHref().equals(BookRenderer.NAV_FILE) ? "nav" : null;
            x.raw("  ").empty("item", "id", r.getId(), "href", r.getHref(), "media-type", r.getMediaType().getName(),
                    "properties", properties).newline();
        }
        x.close("manifest").newline();
        x.open("spine", "toc", epub.getSpine().getTocResource().getId()).newline();
        for (SpineReference ref : epub.getSpine().getSpineReferences()) {
            x.raw("  ").empty("itemref", "idref", ref.getResourceId()).newline();
        }
        x.close("spine").newline().close("package").newline();
        return x.toString();
    }

    private static void metadata(Xhtml x, BookMeta meta, String modified) {
        x.open("metadata", "xmlns:dc", "http://purl.org/dc/elements/1.1/").newline();
        x.raw("  ").element("dc:identifier", meta.identifier(), "id", "book-id").newline();
        x.raw("  ").element("dc:title", meta.title(), "id", "title").newline();
        if (meta.subtitle() != null) {
            refine(x, "title", "title-type", "main");
            x.raw("  ").element("dc:title", meta.subtitle(), "id", "subtitle").newline();
            refine(x, "subtitle", "title-type", "subtitle");
        }
        x.raw("  ").element("dc:language", meta.language()).newline();
        for (int i = 0; i < meta.editors().size(); i++) {
            String id = "editor-" + (i + 1);
            x.raw("  ").element("dc:creator", meta.editors().get(i), "id", id).newline();
            // Editors, not authors: MARC relator "edt".
            x.raw("  ").element("meta", "edt", "refines", "#" + id, "property", "role", "scheme", "marc:relators").newline();
        }
        if (meta.publisher() != null) {
            x.raw("  ").element("dc:publisher", meta.publisher()).newline();
        }
        if (meta.rights() != null) {
            x.raw("  ").element("dc:rights", meta.rights()).newline();
        }
        x.raw("  ").element("meta", modified, "property", "dcterms:modified").newline();
        x.close("metadata").newline();
    }

    private static void refine(Xhtml x, String id, String property, String value) {
        x.raw("  ").element("meta", value, "refines", "#" + id, "property", property).newline();
    }
}
