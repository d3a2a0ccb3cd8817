package org.quire.pdf;

import java.util.Map;

/**
 * A laid-out book: the PDF bytes and, from the same layout, the physical page (0-based) of each
 * marked anchor, so that labels, contents and index need no second layout.
 */
public record PdfBook(byte[] bytes, Map<String, Integer> anchorPages, int pageCount, int firstBodyPage) {
    public PdfBook {
        anchorPages = Map.copyOf(anchorPages);
    }
}
