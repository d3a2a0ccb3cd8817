package org.quire.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Article ids: the title in lower-case ASCII words joined by hyphens, made unique within a seed. */
final class Slug {
    private static final int MAX_LENGTH = 60;

    private Slug() {
    }

    static String of(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
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

    /** The slug, with "-2", "-3"… when the seed already has it. */
    static String unique(String title, Set<String> taken) {
        String base = of(title);
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        taken.add(candidate);
        return candidate;
    }
}
