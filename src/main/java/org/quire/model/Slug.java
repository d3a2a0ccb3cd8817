package org.quire.model;

import java.text.Normalizer;
import java.util.Locale;

/** Ids and file names from titles: lowercase ASCII words joined by hyphens. */
public final class Slug {
    private static final int MAX_LENGTH = 60;

    private Slug() {
    }

    public static String of(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > 20 ? cut : MAX_LENGTH);
        }
        return slug.isEmpty() ? "untitled" : slug;
    }
}
