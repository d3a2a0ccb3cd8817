package org.quire.pdf;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A page left empty so that the next chapter starts on a right-hand page is printed blank, without
 * its folio, as books are. openhtmltopdf has no {@code @page :blank}, so the folio is taken off here.
 */
final class BlankPages {
    /** A page that prints only its folio draws a few hundred bytes; any page with text draws far more. */
    private static final int MOST_BYTES_OF_A_FOLIO_ONLY_PAGE = 1024;

    private BlankPages() {
    }

    /** Call after the page labels are set: a page is blank when it prints nothing but its own label. */
    static void clearFolios(PDDocument document) throws IOException {
        String[] labels = document.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            PDPage page = document.getPage(i);
            if (contentBytes(page) > MOST_BYTES_OF_A_FOLIO_ONLY_PAGE || !page.getAnnotations().isEmpty()) {
                continue;
            }
            stripper.setStartPage(i + 1);
            stripper.setEndPage(i + 1);
            String text = stripper.getText(document).strip();
            if (text.isEmpty() || text.equals(labels[i])) {
                page.setContents(new PDStream(document));
            }
        }
    }

    private static long contentBytes(PDPage page) throws IOException {
        long bytes = 0;
        try (InputStream in = page.getContents()) {
            while (in.read() >= 0 && bytes <= MOST_BYTES_OF_A_FOLIO_ONLY_PAGE) {
                bytes++;
            }
        }
        return bytes;
    }
}
