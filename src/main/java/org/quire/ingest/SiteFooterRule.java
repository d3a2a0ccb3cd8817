package org.quire.ingest;

import java.util.List;

/**
 * On a web page, an article's notes with back-links close it; what follows them is the site's footer
 * (mission statement, appeals, newsletter boxes), not the article.
 */
final class SiteFooterRule {
    static final String NAME = "site-footer";

    private SiteFooterRule() {
    }

    static void drop(List<Piece> afterNotes) {
        for (Piece p : afterNotes) {
            p.drop(NAME, "after the article's notes: the web page's footer");
        }
    }
}
