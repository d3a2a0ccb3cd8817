package org.quire.compose.index;

import java.util.List;

/**
 * One entry of the index as it will be printed, before page numbers exist.
 *
 * @param headword    the entry as printed ("Trump, Donald")
 * @param sortKey     what it sorts under with the book's collator
 * @param curated     whether an editor wrote it in index.yaml (else the finder proposed it)
 * @param occurrences where it occurs, in book order
 * @param subEntries  entries indented under it, sorted
 * @param see         a "see" reference to another headword, or null
 * @param seeAlso     "see also" references to other headwords
 */
public record IndexEntry(String headword, String sortKey, boolean curated, List<Occurrence> occurrences,
        List<IndexEntry> subEntries, String see, List<String> seeAlso) {

    public IndexEntry {
        occurrences = List.copyOf(occurrences);
        subEntries = List.copyOf(subEntries);
        seeAlso = List.copyOf(seeAlso);
    }
}
