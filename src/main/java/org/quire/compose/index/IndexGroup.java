package org.quire.compose.index;

import java.util.List;

/**
 * The entries under one letter of the index.
 *
 * @param letter the letter as printed above the group, accents dropped unless the language counts the
 *               accented letter as a letter of its own (Spanish "Ñ"); "#" for entries starting with a
 *               digit or a symbol
 */
public record IndexGroup(String letter, List<IndexEntry> entries) {
    public IndexGroup {
        entries = List.copyOf(entries);
    }
}
