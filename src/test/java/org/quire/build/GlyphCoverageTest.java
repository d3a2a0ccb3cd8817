package org.quire.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.junit.jupiter.api.Test;
import org.quire.fonts.FontFace;
import org.quire.fonts.FontLibrary;
import org.quire.model.Article;
import org.quire.model.Block;

/** Every character of the manuscript has a glyph in the book's fonts: nothing prints as a box or a blank. */
class GlyphCoverageTest {
    @Test
    void theFontsCoverEveryCharacterOfTheSeeds() throws IOException {
        List<CmapLookup> cmaps = new ArrayList<>();
        List<TrueTypeFont> open = new ArrayList<>();
        for (FontFace face : FontLibrary.scan(Path.of("fonts"))) {
            if (face.weight() == 400 && !face.italic()) {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(face.file().toFile()));
                open.add(font);
                cmaps.add(font.getUnicodeCmapLookup());
            }
        }
        StringBuilder text = new StringBuilder();
        for (Article article : Sources.read(Path.of("seeds")).articles()) {
            text.append(article.meta().title()).append(' ');
            article.blocks().forEach(b -> text.append(Block.plainText(b)).append(' '));
        }
        TreeSet<String> missing = new TreeSet<>();
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp) && cp != 0xAD && cp != 0xA0)
                .distinct()
                .filter(cp -> cmaps.stream().noneMatch(cmap -> cmap.getGlyphId(cp) > 0))
                .forEach(cp -> missing.add(String.format("U+%04X %s", cp, new String(Character.toChars(cp)))));
        for (TrueTypeFont font : open) {
            font.close();
        }
        assertTrue(missing.isEmpty(), "characters without a glyph: " + missing);
    }
}
