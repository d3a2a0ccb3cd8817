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
import java.util.regex.Pattern;
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
     * @param styles the folder the page's stylesheet links are relative to
     * @param anchors ids whose pages the caller needs (article openers, later index marks)
     * @param bodyAnchor the id on the first page numbered 1; the pages before it are front matter
     * @return the finished PDF and its anchors' pages; nothing is written to disk here
     */
    public static PdfBook write(HtmlPage page, Path styles, List<FontFace> fonts, BookMeta meta,
            Pattern anchors, String bodyAnchor) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFastMode();
            // PDF/A-2b: what print shops and archives ask for; it also keeps the unembedded base-14 fonts out.
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
            builder.useColorProfile(SRGB_PROFILE);
            PdfFonts.register(builder, document, fonts);
            builder.withHtmlContent(page.xhtml(), styles.toUri().toString());
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                Map<String, Integer> pages = new HashMap<>();
                for (PagePosition<Box> position : renderer.findPagePositionsByID(anchors)) {
                    pages.merge(position.getId(), position.getPageNo(), Math::min);
                }
                int firstBodyPage = renderer.findPagePositionsByID(Pattern.compile(Pattern.quote(bodyAnchor))).stream()
                        .mapToInt(PagePosition::getPageNo).min().orElse(0);
                PageLabels.apply(document, firstBodyPage);
                describe(document, meta);
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
                document.save(out);
                return new PdfBook(out.toByteArray(), pages, document.getNumberOfPages(), firstBodyPage);
            }
        }
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
