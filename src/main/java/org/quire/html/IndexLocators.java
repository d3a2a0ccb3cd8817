package org.quire.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quire.compose.index.Occurrence;

/**
 * An entry's page references: each page once, runs of consecutive pages as one range (12–14).
 * Each end of a range keeps the anchor of the first occurrence on its page, so both numbers can link there.
 */
final class IndexLocators {
    record Locator(int firstPage, String firstAnchor, int lastPage, String lastAnchor) {
        boolean isRange() {
            return lastPage > firstPage;
        }
    }

    private IndexLocators() {
    }

    /** @param pageOf the printed page number of each occurrence's anchor; anchors without one are skipped */
    static List<Locator> of(List<Occurrence> occurrences, Map<String, Integer> pageOf) {
        TreeMap<Integer, String> firstAnchorOnPage = new TreeMap<>();
        for (Occurrence occurrence : occurrences) {
            Integer page = pageOf.get(occurrence.anchorId());
            if (page != null) {
                firstAnchorOnPage.putIfAbsent(page, occurrence.anchorId());
            }
        }
        List<Locator> locators = new ArrayList<>();
        Locator run = null;
        for (Map.Entry<Integer, String> page : firstAnchorOnPage.entrySet()) {
            if (run != null && page.getKey() == run.lastPage() + 1) {
                run = new Locator(run.firstPage(), run.firstAnchor(), page.getKey(), page.getValue());
            } else {
                if (run != null) {
                    locators.add(run);
                }
                run = new Locator(page.getKey(), page.getValue(), page.getKey(), page.getValue());
            }
        }
        if (run != null) {
            locators.add(run);
        }
        return locators;
    }
}
