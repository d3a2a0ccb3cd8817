package org.quire.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Documents whose pages were joined into another must stay open until that one is saved. */
final class Closer implements AutoCloseable {
    private final Deque<PDDocument> open = new ArrayDeque<>();

    PDDocument add(PDDocument document) {
        open.push(document);
        return document;
    }

    @Override
    public void close() throws IOException {
        while (!open.isEmpty()) {
            open.pop().close();
        }
    }
}
