package org.quire.ingest;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Photo captions and credits: "Photo: Agency", "Foto: Name", a caption ending in "(Name/Agency)",
 * "(Picture by Name, CC-BY 4.0)", "© Agency", "photo by Name, CC BY-SA 3.0" or "Image from the Some Archive.",
 * a short one-sentence caption ending "…, Place, June 4, 2019", a caption printed twice, the second time with
 * its credit, and a line about the pictures' makers or licence ("All photos courtesy of …").
 */
final class CaptionRule {
    static final String CREDIT = "photo-credit";
    static final String CAPTION = "caption";

    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^(?:Photo|Photos|Foto|Fotos|Image|Imagen|Picture|Credit|Crédito|Photograph)\\s*(?:by|de|por)?\\s*:\\s*\\S.{0,60}$",
            Pattern.CASE_INSENSITIVE);
    private static final String PICTURE = "(?:Photo|Foto|Image|Imagen|Picture|Fotografía|Illustration|Ilustración)s?";
    /** A credit's name may hold initials ("the Ana M. Lima Collection"); another full stop ends it. */
    private static final String CREDITED = "(?:[^.]|(?<=\\s\\p{Lu})\\.){2,80}";
    private static final Pattern ENDS_WITH_CREDIT = Pattern.compile(
            "(?:\\s(?:Photo|Foto|Image|Imagen|Credit|Crédito)\\s*:\\s*(?:[^.:]|(?<=\\p{Lu})\\.){1,40}"
                    + "|\\([^()]{2,40}/[^()]{2,40}\\)"
                    + "|\\(" + PICTURE + "\\s*(?:by|de|por|:)\\s*[^()]{2,60}\\)"
                    + "|\\((?:CC[ -]BY|CC0|Creative Commons)[^()]{0,30}\\)\\.?"
                    + "|\\s©\\s*[^.©]{2,40}"
                    + "|\\b" + PICTURE + " (?:from|by|courtesy of|courtesy|de|por|cortesía de) " + CREDITED + "\\.?"
                    + "|,\\s*(?i:photo|foto) (?i:by|de|por) [^,.]{2,40}[,;]\\s*CC[ -]BY(?:-[A-Z]{2})*(?: \\d\\.\\d)?[^.]{0,40}\\.?)\\s*$");
    /** "©M. Crozet/ILO": a picture's credit; "© 2012 The Site" with a year is the site's copyright. */
    private static final Pattern COPYRIGHT_NAME = Pattern.compile("^©\\s*[^\\d\\s][^©]{1,60}$");
    /**
     * "All photos courtesy of …", "The picture at the top is by …, licensed under …":
     * a line about the pictures, who made them or under what licence they are used.
     */
    private static final Pattern ABOUT_PICTURES = Pattern.compile("(?iu)^(?:all |the )?(?:[\\p{L}]+ (?:and|y) )?"
            + "(?:[\\p{L}]+ )?(?:photos?|images?|pictures?|photographs?|thumbnails?|fotos?|fotografías?|imágen(?:es)?)"
            + "\\b.{0,60}\\b(?:courtesy|used under|licensed under|is by|are by|by .{2,40} on flickr|cortesía|bajo licencia)");
    private static final Pattern ENDS_WITH_PLACE_AND_DATE = Pattern.compile(",\\s+[^,]{2,40},?\\s*$");
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("\\p{Ll}[.!?]\\s+\\p{Lu}");
    private static final int CAPTION_WORDS = 45;
    private static final int DATED_CAPTION_WORDS = 30;

    /**
     * A caption runs a sentence or two; a paragraph under a picture is text again, and a word or two is the
     * poster's or author's name.
     */
    private static final int UNDER_IMAGE_WORDS = 60;
    private static final int UNDER_IMAGE_MIN_WORDS = 5;

    private CaptionRule() {
    }

    static boolean isCredit(String text) {
        String t = text.strip();
        return CREDIT_LINE.matcher(t).matches() || COPYRIGHT_NAME.matcher(t).matches()
                || Words.count(t) <= CAPTION_WORDS && ABOUT_PICTURES.matcher(t).find();
    }

    /** A caption by its form alone: it ends with a credit, or it is one short sentence ending in a place and date. */
    static boolean isCaption(String text) {
        String t = text.strip();
        if (Words.count(t) > CAPTION_WORDS || t.startsWith("*")) {
            return false;
        }
        if (ENDS_WITH_CREDIT.matcher(t).find()) {
            return true;
        }
        return isDatedCaption(t);
    }

    private static boolean isDatedCaption(String t) {
        // A comma at the end is a sentence broken off by the page's layout, a colon one that leads into
        // what follows: neither is a caption's date.
        if (Words.count(t) > DATED_CAPTION_WORDS || INNER_SENTENCE_END.matcher(t).find() || t.endsWith(",")
                || t.endsWith(":")) {
            return false;
        }
        String bare = t.replaceAll("\\.$", "");
        DateRule.Found found = null;
        for (DateRule.Found f : DateRule.findAll(bare)) {
            found = f;
        }
        if (found == null || found.end() < bare.length() - 1) {
            return false;
        }
        String before = bare.substring(0, found.start());
        return ENDS_WITH_PLACE_AND_DATE.matcher(before).find() || before.endsWith(", ");
    }

    /** The second line is the first one again with a credit or more words after it: the first is a caption. */
    static boolean isRepeatedWithCredit(String caption, String next) {
        String a = folded(caption).replaceAll("[.\\s]+$", "");
        String b = folded(next);
        return a.length() >= 20 && b.startsWith(a) && b.length() > a.length();
    }

    /** Lower case, accents off, spaces single: "São Paulo" and "Sao Paulo" compare equal. */
    static String folded(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase().replaceAll("\\s+", " ").strip();
    }

    /**
     * The line right under an image's bare file name, no blank line between: the picture's caption, unless
     * it is a link card's title (title-like) or the text goes on under the picture.
     */
    static boolean isUnderImage(List<Piece> pieces, int i) {
        if (i == 0) {
            return false;
        }
        Piece above = pieces.get(i - 1);
        Piece p = pieces.get(i);
        return above.isDropped() && ImageRule.FILE.equals(above.drop.rule()) && !above.text.strip().contains(" ")
                && p.chunk.blanksBefore() == 0 && !TitleRule.looksLikeTitle(p.text)
                && p.words() >= UNDER_IMAGE_MIN_WORDS && p.words() <= UNDER_IMAGE_WORDS && !p.chunk.code()
                && MetaLineRule.parse(p.text) == null;
    }
}
