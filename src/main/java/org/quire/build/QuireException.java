package org.quire.build;

/** Bad input: reported to the user as one line naming the file (and line), never as a stack trace. */
public final class QuireException extends RuntimeException {
    private final String file;
    private final int line;

    public QuireException(String file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    public QuireException(String file, String message) {
        this(file, 0, message);
    }

    /** "file:line: message", the form compilers use, so editors can jump to it. */
    public String oneLine() {
        String where = file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ";
        return where + getMessage();
    }
}
