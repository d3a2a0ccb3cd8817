package org.quire.ingest;

import java.util.regex.Pattern;

/**
 * What is left of images in scraped text: a file name ("masthead-logo.png", or a name glued to a caption,
 * "photo.jpegThe crowd at noon") or an image's alt text, a few lower-case words with no punctuation, a
 * logo's name ("ISN logo"), or the placeholder of an embedded video or tweet ("[Video: YouTube]").
 */
final class ImageRule {
    static final String FILE = "image-file";
    static final String LABEL = "image-label";

    /** The extension may run into the next word, as when a file name and a caption were glued together. */
    private static final Pattern FILE_NAME = Pattern.compile("\\S\\.(?i:jpe?g|png|gif|webp|svg|avif|bmp|tiff?)(?!\\p{Ll})");
    private static final Pattern LOWER_WORDS = Pattern.compile("^\\p{Ll}[\\p{Ll}\\p{N}\\-]*(?: \\p{Ll}[\\p{Ll}\\p{N}\\-]*){0,3}$");
    private static final int FILE_LINE_WORDS = 20;
    /**
     * "[Video: YouTube]", "[Image]", "[Embedded tweet]", "[Vimeo video: address]", "[ Photo: two women sign … ]":
     * where an embedded medium stood, with its description, however long.
     */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?iu)^\\[\\s*(?:[\\p{L}-]+\\s+)?(?:video|vídeo|audio|image"
            + "|imagen|photo|foto|embed|tweet|gallery|galería|map|mapa|chart|gráfico|graphic|illustration|ilustración)"
            + "(?:\\s*:[^\\]]*)?\\s*\\]$");
    /** "ISN logo", "Twitter icon": a logo's alt text. */
    private static final Pattern LOGO = Pattern.compile("(?iu)^(?:\\S+\\s+){0,2}(?:logo|logotipo|icon|icono|banner)$");

    private ImageRule() {
    }

    /** "photo.png · other.png": a line that starts with a file name continues no sentence. */
    static boolean opensWithFileName(String text) {
        String[] first = text.strip().split("\\s+", 2);
        return FILE_NAME.matcher(first[0]).find() && !first[0].contains("/");
    }

    /** A short line naming an image file. */
    static boolean isFileName(String text) {
        return Words.count(text) <= FILE_LINE_WORDS && FILE_NAME.matcher(text).find();
    }

    /** One to four lower-case words alone on a line: an image's alt text ("front page banner"). */
    static boolean isAltText(String text) {
        String t = text.strip();
        return LOWER_WORDS.matcher(t).matches() || PLACEHOLDER.matcher(t).matches() || LOGO.matcher(t).matches();
    }
}
