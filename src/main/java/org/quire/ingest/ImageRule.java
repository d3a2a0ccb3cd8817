package org.quire.ingest;

import java.util.regex.Pattern;

/**
 * What is left of images in scraped text: a file name ("masthead-logo.png", or a name glued to a caption,
 * "photo.jpegThe crowd at noon") or an image's alt text, a few lower-case words with no punctuation.
 */
final class ImageRule {
    static final String FILE = "image-file";
    static final String LABEL = "image-label";

    /** The extension may run into the next word, as when a file name and a caption were glued together. */
    private static final Pattern FILE_NAME = Pattern.compile("\\S\\.(?i:jpe?g|png|gif|webp|svg|avif|bmp|tiff?)(?!\\p{Ll})");
    private static final Pattern LOWER_WORDS = Pattern.compile("^\\p{Ll}[\\p{Ll}\\p{N}\\-]*(?: \\p{Ll}[\\p{Ll}\\p{N}\\-]*){0,3}$");
    private static final int FILE_LINE_WORDS = 20;

    private ImageRule() {
    }

    /** A short line naming an image file. */
    static boolean isFileName(String text) {
        return Words.count(text) <= FILE_LINE_WORDS && FILE_NAME.matcher(text).find();
    }

    /** One to four lower-case words alone on a line: an image's alt text ("front page banner"). */
    static boolean isAltText(String text) {
        return LOWER_WORDS.matcher(text.strip()).matches();
    }
}
