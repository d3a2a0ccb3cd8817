package org.quire.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;

/**
 * Page labels equal to the printed folios — roman for the front matter, arabic from the first
 * part — so a viewer's page box and the numbers on the pages agree.
 */
final class PageLabels {
    private PageLabels() {
    }

    static void apply(PDDocument document, int firstBodyPage) {
        PDPageLabels labels = new PDPageLabels(document);
        if (firstBodyPage > 0) {
            PDPageLabelRange front = new PDPageLabelRange();
            front.setStyle(PDPageLabelRange.STYLE_ROMAN_LOWER);
            labels.setLabelItem(0, front);
        }
        PDPageLabelRange body = new PDPageLabelRange();
        body.setStyle(PDPageLabelRange.STYLE_DECIMAL);
        body.setStart(1);
        labels.setLabelItem(Math.max(0, firstBodyPage), body);
        document.getDocumentCatalog().setPageLabels(labels);
    }
}
