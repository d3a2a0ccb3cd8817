package org.quire.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits raw text into numbered lines and evens out what scraping leaves behind: a byte-order mark,
 * CR/LF endings, no-break and zero-width spaces, trailing blanks. Line numbers stay those of the input.
 */
final class LineDecoder {
    private LineDecoder() {
    }

    static List<SourceLine> decode(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] raw = body.split("\r\n|\r|\n", -1);
        int count = raw.length;
        // A final newline does not open another line.
        if (count > 0 && raw[count - 1].isEmpty()) {
            count--;
        }
        List<SourceLine> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(new SourceLine(i + 1, clean(raw[i])));
        }
        return lines;
    }

    static String clean(String line) {
        String text = line
                .replace('\u00A0', ' ')
                .replace('\u2007', ' ')
                .replace('\u202F', ' ')
                .replace("\u200B", "")
                .replace("\u200C", "")
                .replace("\u2060", "")
                .replace('\t', ' ');
        return text.stripTrailing();
    }
}
