package org.quire.pdf;

import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.quire.html.BookRenderer;

/**
 * Turns the links of a separately laid-out document (the index) that name a body anchor into
 * go-to links to the anchor's place on its page.
 */
final class AnchorLinks {
    /** Where an anchor was laid out: physical page (0-based) and the top of its box in points from the bottom. */
    record Place(int page, float top) {}

    private AnchorLinks() {
    }

    static void resolve(PDDocument document, int fromPage, Map<String, Place> places) throws IOException {
        for (int i = fromPage; i < document.getNumberOfPages(); i++) {
            for (PDAnnotation annotation : document.getPage(i).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
                        && uri.getURI() != null && uri.getURI().startsWith(BookRenderer.ANCHOR_LINK)) {
                    Place place = places.get(uri.getURI().substring(BookRenderer.ANCHOR_LINK.length()));
                    if (place != null) {
                        PDPage target = document.getPage(place.page());
                        PDPageXYZDestination destination = new PDPageXYZDestination();
                        destination.setPage(target);
                        destination.setTop(Math.round(place.top()));
                        link.setAction(null);
                        link.setDestination(destination);
                    }
                }
            }
        }
    }
}
