package org.quire.ingest;

/**
 * A heading with nothing under it, straight before another heading or at the article's end: a teaser
 * linking to another page ("Watch: …"), not a section of this article.
 */
final class TeaserRule {
    static final String NAME = "teaser";

    private TeaserRule() {
    }

    static boolean isTeaser(Piece heading, Piece next) {
        if (!BodyBuilder.isHeading(heading.text) || TitleRule.isNumbered(heading.text)) {
            return false;
        }
        if (next == null) {
            return true;
        }
        return BodyBuilder.isHeading(next.text) && !TitleRule.isNumbered(next.text);
    }
}
