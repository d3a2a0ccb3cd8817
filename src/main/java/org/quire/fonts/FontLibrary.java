package org.quire.fonts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.quire.build.QuireException;

/** The fonts of a book: every {@code .ttf} in its fonts folder, named as the font itself says. */
public final class FontLibrary {
    private FontLibrary() {
    }

    public static List<FontFace> scan(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new QuireException(dir.toString(), "no fonts folder: Quire needs TrueType (.ttf) fonts here");
        }
        List<FontFace> faces = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(FontLibrary::isTrueType).sorted().toList()) {
                faces.add(read(file));
            }
        }
        if (faces.isEmpty()) {
            throw new QuireException(dir.toString(), "no .ttf fonts found (OpenType/CFF fonts are not supported)");
        }
        faces.sort(Comparator.comparing(FontFace::family).thenComparing(FontFace::weight).thenComparing(FontFace::italic));
        return faces;
    }

    private static boolean isTrueType(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttf");
    }

    private static FontFace read(Path file) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            NamingTable names = font.getNaming();
            String family = names == null ? null : names.getFontFamily();
            if (family == null) {
                throw new QuireException(file.toString(), "the font has no family name");
            }
            OS2WindowsMetricsTable os2 = font.getOS2Windows();
            int weight = os2 == null ? 400 : os2.getWeightClass() >= 600 ? 700 : 400;
            boolean italic = os2 != null && (os2.getFsSelection() & 1) != 0;
            return new FontFace(family, weight, italic, file);
        } catch (IOException e) {
            throw new QuireException(file.toString(), "not a readable TrueType font: " + e.getMessage());
        }
    }
}
