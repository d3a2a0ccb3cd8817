package org.quire.html;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.quire.compose.index.IndexEntry;
import org.quire.compose.index.IndexGroup;

/**
 * The back-of-book index as XHTML: letter groups, entries with their page references as links,
 * indented sub-entries, and "see" / "see also" references. Print and e-book differ only in where a
 * reference links to.
 */
final class IndexRenderer {
    private final Xhtml x;
    private final Map<String, Integer> pageOf;
    private final Function<String, String> hrefOf;

    /**
     * @param pageOf the printed page of each occurrence anchor
     * @param hrefOf the link to an occurrence anchor
     */
    IndexRenderer(Xhtml x, Map<String, Integer> pageOf, Function<String, String> hrefOf) {
        this.x = x;
        this.pageOf = pageOf;
        this.hrefOf = hrefOf;
    }

    void render(List<IndexGroup> groups) {
        x.open("section", "class", "index", "id", "index", "epub:type", "index", "role", "doc-index");
        x.element("h1", "Index", "class", "index-title").newline();
        // The letter groups flow in columns in print; the heading spans them.
        x.open("div", "class", "index-columns");
        for (IndexGroup group : groups) {
            x.open("section", "class", "index-group");
            x.element("h2", group.letter(), "class", "index-letter");
            x.open("ul", "class", "index-entries");
            for (IndexEntry entry : group.entries()) {
                entry(entry, "index-entry");
            }
            x.close("ul").close("section").newline();
        }
        x.close("div").close("section").newline();
    }

    private void entry(IndexEntry entry, String cssClass) {
        x.open("li", "class", cssClass).text(entry.headword());
        // "U.S." takes no second full stop before its reference.
        String stop = entry.headword().endsWith(".") ? " " : ". ";
        if (entry.see() != null) {
            x.text(stop).element("em", "See").text(" " + entry.see());
        } else {
            locators(entry);
        }
        if (!entry.seeAlso().isEmpty()) {
            x.text(entry.see() == null && entry.occurrences().isEmpty() ? stop : ". ").element("em", "See also").text(" " + String.join("; ", entry.seeAlso()));
        }
        if (!entry.subEntries().isEmpty()) {
            x.open("ul", "class", "index-subentries");
            for (IndexEntry sub : entry.subEntries()) {
                entry(sub, "index-subentry");
            }
            x.close("ul");
        }
        x.close("li").newline();
    }

    /** Each locator keeps its range and its comma on one line, so no line starts with "–23" or ", 101". */
    private void locators(IndexEntry entry) {
        List<IndexLocators.Locator> locators = IndexLocators.of(entry.occurrences(), pageOf);
        for (int i = 0; i < locators.size(); i++) {
            IndexLocators.Locator locator = locators.get(i);
            x.text(i == 0 ? ", " : " ");
            x.open("span", "class", "index-locators");
            String comma = i + 1 < locators.size() ? "," : "";
            String pages = locator.isRange() ? locator.firstPage() + "\u2013" + locator.lastPage() : "" + locator.firstPage();
            link(pages + comma, locator.firstAnchor());
            x.close("span");
        }
    }

    /** The comma and the dash go inside the links: openhtmltopdf breaks lines between inline boxes. */
    private void link(String text, String anchor) {
        x.element("a", text, "href", hrefOf.apply(anchor), "class", "index-locator");
    }
}
