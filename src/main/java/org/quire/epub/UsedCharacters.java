package org.quire.epub;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The characters a reader will see, so that fonts can be cut down to them. Reads our own renderer's
 * output as text (tags dropped, its five escapes undone) rather than parsing it: no XML parser, no entities.
 */
final class UsedCharacters {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private UsedCharacters() {
    }

    /** Every code point of the documents' text, plus all of {@code extra} (stylesheets may generate text). */
    static Set<Integer> of(Collection<String> xhtml, Collection<String> extra) {
        Set<Integer> used = new TreeSet<>();
        for (String document : xhtml) {
            String text = TAG.matcher(document).replaceAll("");
            add(used, text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&apos;", "'").replace("&amp;", "&"));
        }
        extra.forEach(text -> add(used, text));
        return used;
    }

    private static void add(Set<Integer> used, String text) {
        text.codePoints().filter(cp -> !Character.isISOControl(cp)).forEach(used::add);
    }
}
