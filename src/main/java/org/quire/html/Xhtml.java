package org.quire.html;

/**
 * A small XHTML writer: every element it opens it closes, and every string it writes is escaped,
 * so its output is well-formed XML for both openhtmltopdf's parser and EPUB reading systems.
 */
public final class Xhtml {
    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** Opens an element; {@code attrs} are name/value pairs, null values are left out. */
    public Xhtml open(String tag, String... attrs) {
        out.append('<').append(tag);
        attributes(attrs);
        out.append('>');
        return this;
    }

    public Xhtml close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    public Xhtml empty(String tag, String... attrs) {
        out.append('<').append(tag);
        attributes(attrs);
        out.append("/>");
        return this;
    }

    /** Writes an element holding only text. */
    public Xhtml element(String tag, String text, String... attrs) {
        return open(tag, attrs).text(text).close(tag);
    }

    public Xhtml text(String text) {
        escape(text, false);
        return this;
    }

    /** Writes markup that is already well-formed (a fixed prologue). */
    public Xhtml raw(String markup) {
        out.append(markup);
        return this;
    }

    public Xhtml newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(String[] attrs) {
        if (attrs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attrs.length; i += 2) {
            if (attrs[i + 1] == null) {
                continue;
            }
            out.append(' ').append(attrs[i]).append("=\"");
            escape(attrs[i + 1], true);
            out.append('"');
        }
    }

    private void escape(String text, boolean inAttribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(inAttribute ? "&quot;" : "\"");
                default -> {
                    // Control characters other than tab and line ends are not allowed in XML.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
    }
}
