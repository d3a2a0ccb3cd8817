package org.quire.compose.index;

import java.util.List;

/**
 * What the editor asked for in {@code index.yaml}: curated entries, phrases never to index
 * automatically, and how eager the automatic finder is.
 *
 * @param entries                curated entries, in file order
 * @param exclude                phrases the automatic finder must not index (its false friends in this book)
 * @param auto                   whether names and acronyms found in the text are added at all
 * @param minOccurrences         how often a found name must occur in the book to be indexed
 * @param minAcronymOccurrences  the same for acronyms, which are rarer and more telling
 */
public record IndexSpec(
        List<CuratedEntry> entries, List<String> exclude, boolean auto, int minOccurrences, int minAcronymOccurrences) {

    public static final int DEFAULT_MIN_OCCURRENCES = 3;

    /** No curated entries; automatic terms with the default thresholds. */
    public static final IndexSpec AUTOMATIC = new IndexSpec(
            List.of(), List.of(), true, DEFAULT_MIN_OCCURRENCES, DEFAULT_MIN_OCCURRENCES);

    public IndexSpec {
        entries = List.copyOf(entries);
        exclude = List.copyOf(exclude);
    }

    /**
     * Reads index.yaml text. Bad YAML, unknown keys and wrong shapes throw a
     * {@link org.quire.build.QuireException} naming {@code fileName} and the line.
     */
    public static IndexSpec parse(String yaml, String fileName) {
        return new IndexYaml(fileName).read(yaml);
    }
}
