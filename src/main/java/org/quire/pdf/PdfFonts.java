package org.quire.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.quire.fonts.FontFace;

/**
 * Registers the book's TrueType faces with the renderer, embedded as subsets.
 *
 * <p>Glyph substitution is switched off: PDFBox's GSUB pass dominates rendering time, and its
 * ligatures drop letters from the PDF's text layer (engineering notes 1.13). Quire sets no
 * ligatures, so readers lose nothing.
 */
final class PdfFonts {
    private PdfFonts() {
    }

    static void register(PdfRendererBuilder builder, PDDocument document, List<FontFace> faces) throws IOException {
        for (FontFace face : faces) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(face.file().toFile()));
            ttf.setEnableGsub(false);
            PDType0Font font = PDType0Font.load(document, ttf, true);
            builder.useFont(new PDFontSupplier(font), face.family(), face.weight(),
                    face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
    }
}
