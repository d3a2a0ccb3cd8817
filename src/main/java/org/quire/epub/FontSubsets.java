package org.quire.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.quire.fonts.FontFace;

/**
 * Embeds each face with only the glyphs the book uses: the CJK fallback is 4 MB whole, a few KB cut.
 * A reader then renders every character with the book's own fonts, whatever it has installed.
 */
final class FontSubsets {
    /**
     * Tables that do not refer to glyph ids, or that the subsetter rebuilds. Left out: GSUB, GPOS, GDEF,
     * kern and the like, which the subsetter would copy unchanged with the old glyph ids, so that a
     * ligature or kerning pair would point at the wrong glyph. Readers then set text without them.
     */
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "name", "OS/2", "cmap",
            "glyf", "loca", "hmtx", "post", "cvt ", "fpgm", "prep", "gasp");

    private FontSubsets() {
    }

    /** The faces that have a glyph for at least one used character, in the order given. */
    static List<EmbeddedFont> embed(List<FontFace> faces, Set<Integer> used) throws IOException {
        List<EmbeddedFont> embedded = new ArrayList<>();
        for (FontFace face : faces) {
            subset(face, used).ifPresent(data -> embedded.add(new EmbeddedFont(face, href(face), data)));
        }
        return embedded;
    }

    /** The face cut to the used characters it has, or nothing when it has none of them. */
    static Optional<byte[]> subset(FontFace face, Set<Integer> used) throws IOException {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(face.file().toFile()))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            Set<Integer> covered = new TreeSet<>();
            for (int cp : used) {
                // The subsetter writes a BMP-only cmap and throws on anything beyond it.
                if (cp <= 0xFFFF && cmap.getGlyphId(cp) != 0) {
                    covered.add(cp);
                }
            }
            if (covered.isEmpty()) {
                return Optional.empty();
            }
            TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
            subsetter.addAll(covered);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return Optional.of(out.toByteArray());
        }
    }

    /** A file name safe in a zip entry, a manifest href and a CSS url without escaping. */
    private static String href(FontFace face) {
        return "fonts/" + face.file().getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
