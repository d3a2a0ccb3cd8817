package org.quire.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.render.Box;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.quire.fonts.FontFace;
import org.quire.html.HtmlPage;
import org.quire.model.BookMeta;

/** Lays out the print book's XHTML as PDF pages (openhtmltopdf), then finishes the file with PDFBox. */
public final class PdfBookWriter {
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        XRLog.setLoggingEnabled(false);
    }

    private PdfBookWriter() {
    }

    /**
     * Lays the body out once; then, from the pages its anchors landed on, makes the back matter
     * (the index) as its own document, lays that out and joins it to the body.
     *
     * @param styles     the folder the page's stylesheet links are relative to
     * @param anchors    ids whose pages are needed (article openers, index marks)
     * @param bodyAnchor the id on the first page numbered 1; the pages before it are front matter
     * @param backMatter given each anchor's printed page number, the document to append, or null
     * @return the finished PDF and its anchors' pages; nothing is written to disk here
     */
    public static PdfBook write(HtmlPage page, Path styles, List<FontFace> fonts, BookMeta meta, Pattern anchors,
            String bodyAnchor, Function<Map<String, Integer>, HtmlPage> backMatter) throws IOException {
        try (PDDocument document = new PDDocument(); Closer keepOpen = new Closer()) {
            Map<String, AnchorLinks.Place> places = new HashMap<>();
            int firstBodyPage;
            try (PdfBoxRenderer renderer = renderer(document, page, styles, fonts, 1)) {
                renderer.createPDFWithoutClosing();
                for (PagePosition<Box> position : renderer.findPagePositionsByID(anchors)) {
                    places.merge(position.getId(), new AnchorLinks.Place(position.getPageNo(), position.getY() + position.getHeight()),
                            (a, b) -> a.page() <= b.page() ? a : b);
                }
                firstBodyPage = renderer.findPagePositionsByID(Pattern.compile(Pattern.quote(bodyAnchor))).stream()
                        .mapToInt(PagePosition::getPageNo).min().orElse(0);
            }
            Map<String, Integer> folios = new HashMap<>();
            places.forEach((id, place) -> folios.put(id, place.page() - firstBodyPage + 1));
            HtmlPage back = backMatter.apply(folios);
            if (back != null) {
                append(document, back, styles, fonts, firstBodyPage, places, keepOpen);
            }
            PageLabels.apply(document, firstBodyPage);
            BlankPages.clearFolios(document);
            describe(document, meta);
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            document.save(out);
            Map<String, Integer> pages = new HashMap<>();
            places.forEach((id, place) -> pages.put(id, place.page()));
            return new PdfBook(out.toByteArray(), pages, document.getNumberOfPages(), firstBodyPage);
        }
    }

    /** Appends a document starting on a right-hand page, numbered on from the body, its anchor links resolved. */
    private static void append(PDDocument document, HtmlPage back, Path styles, List<FontFace> fonts, int firstBodyPage,
            Map<String, AnchorLinks.Place> places, Closer keepOpen) throws IOException {
        if (document.getNumberOfPages() % 2 == 1) {
            PDPage blank = new PDPage(document.getPage(0).getMediaBox());
            blank.setResources(new PDResources());
            document.addPage(blank);
        }
        int from = document.getNumberOfPages();
        try (PDDocument backDocument = new PDDocument();
                PdfBoxRenderer renderer = renderer(backDocument, back, styles, fonts, from - firstBodyPage + 1)) {
            renderer.createPDFWithoutClosing();
            // Font subsets are cut and embedded only when a document is saved: save, then join the saved pages.
            ByteArrayOutputStream saved = new ByteArrayOutputStream();
            backDocument.save(saved);
            PDDocument finished = keepOpen.add(Loader.loadPDF(saved.toByteArray()));
            new PDFMergerUtility().appendDocument(document, finished);
        }
        AnchorLinks.resolve(document, from, places);
    }

    private static PdfBoxRenderer renderer(PDDocument document, HtmlPage page, Path styles, List<FontFace> fonts,
            int firstPageNumber) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePDDocument(document);
        builder.useFastMode();
        // PDF/A-2b: what print shops and archives ask for; it also keeps the unembedded base-14 fonts out.
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
        builder.useColorProfile(SRGB_PROFILE);
        builder.useInitialPageNumber(firstPageNumber);
        PdfFonts.register(builder, document, fonts);
        builder.withHtmlContent(page.xhtml(), styles.toUri().toString());
        return builder.buildPdfRenderer();
    }

    /** Document information from the book, with the build's fixed time so rebuilds are identical. */
    private static void describe(PDDocument document, BookMeta meta) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(meta.title());
        if (!meta.editors().isEmpty()) {
            info.setAuthor(String.join(", ", meta.editors()));
        }
        info.setSubject(meta.subtitle());
        info.setCreator("Quire");
        info.setProducer("Quire (openhtmltopdf, Apache PDFBox)");
        Calendar built = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        built.setTimeInMillis(Instant.parse(meta.modified()).toEpochMilli());
        info.setCreationDate(built);
        info.setModificationDate(built);
        document.setDocumentId(built.getTimeInMillis());
    }
}
