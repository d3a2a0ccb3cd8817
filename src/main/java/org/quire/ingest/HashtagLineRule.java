package org.quire.ingest;

import java.util.regex.Pattern;

/** "#ports #strikes": a post's hashtags on a line of their own are the feed's index, not the text. */
final class HashtagLineRule {
    static final String NAME = "hashtags";
    private static final Pattern TAGS = Pattern.compile("^#[\\p{L}\\p{N}_]+(?:[\\s,]+#[\\p{L}\\p{N}_]+)*$");

    private HashtagLineRule() {
    }

    static boolean matches(String text) {
        return TAGS.matcher(text.strip()).matches();
    }
}
