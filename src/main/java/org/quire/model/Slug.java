package org.quire.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Ids and file names from titles: lowercase ASCII words joined by hyphens. */
public final class Slug {
    private static final int MAX_LENGTH = 60;

    private Slug() {
    }

    public static String of(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > 0 ? cut : MAX_LENGTH);
        }
        return slug.isEmpty() ? "article" : slug;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}… the first not yet taken; it is then taken. */
    public static String unique(String base, Set<String> taken) {
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        taken.add(candidate);
        return candidate;
    }
}
