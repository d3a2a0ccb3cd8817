package org.quire.epub;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.quire.fonts.FontFace;
import org.quire.model.Book;

/** Placeholder until the epub branch lands. */
public final class EpubWriter {
    private EpubWriter() {
    }

    public static byte[] write(Book book, List<FontFace> fonts, Map<String, String> stylesheets) throws IOException {
        return new byte[0];
    }
}
