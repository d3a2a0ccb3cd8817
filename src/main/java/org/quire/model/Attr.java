package org.quire.model;

import java.util.List;

/**
 * Generic attributes carried by spans and blocks: an anchor id, classes, and the language of the
 * passage when it differs from its article's. New features ride on classes rather than new node types.
 */
public record Attr(String id, List<String> classes, String lang) {
    public static final Attr NONE = new Attr(null, List.of(), null);

    public Attr {
        classes = List.copyOf(classes);
    }

    public static Attr lang(String lang) {
        return new Attr(null, List.of(), lang);
    }

    public static Attr classes(String... classes) {
        return new Attr(null, List.of(classes), null);
    }

    public boolean hasClass(String name) {
        return classes.contains(name);
    }
}
