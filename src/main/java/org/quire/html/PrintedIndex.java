package org.quire.html;

import java.util.List;
import java.util.Map;
import org.quire.compose.index.IndexGroup;

/**
 * The index with the print edition's page numbers: known only after the body has been laid out.
 *
 * @param pageOf the printed page number (folio) of each occurrence anchor
 */
public record PrintedIndex(List<IndexGroup> groups, Map<String, Integer> pageOf) {
    public PrintedIndex {
        groups = List.copyOf(groups);
        pageOf = Map.copyOf(pageOf);
    }
}
