package org.quire.compose.index;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry an editor wrote in {@code index.yaml}.
 *
 * @param term       the headword as printed
 * @param sort       the key it sorts under, when the headword alone would sort wrongly; null otherwise
 * @param aliases    other spellings that count as the term in the text
 * @param subEntries entries printed indented under this one (their own sub-entries are always empty)
 * @param see        "see" reference: this term is not indexed itself, the reader is sent elsewhere; or null
 * @param seeAlso    "see also" references
 */
public record CuratedEntry(
        String term, String sort, List<String> aliases, List<CuratedEntry> subEntries, String see, List<String> seeAlso) {

    public CuratedEntry {
        aliases = List.copyOf(aliases);
        subEntries = List.copyOf(subEntries);
        seeAlso = List.copyOf(seeAlso);
    }

    public static CuratedEntry of(String term, String... aliases) {
        return new CuratedEntry(term, null, List.of(aliases), List.of(), null, List.of());
    }

    /** The term and its aliases: every phrase that counts as this entry in the text. */
    public List<String> phrases() {
        List<String> phrases = new ArrayList<>();
        phrases.add(term);
        phrases.addAll(aliases);
        return phrases;
    }
}
