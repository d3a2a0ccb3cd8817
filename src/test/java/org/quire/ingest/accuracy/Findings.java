package org.quire.ingest.accuracy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The disagreements found in one file, by kind, each a line of the report naming raw-file lines. */
final class Findings {
    static final String ARTICLES = "Articles (missed / extra)";
    static final String TITLES = "Titles";
    static final String AUTHORS = "Authors";
    static final String DATES = "Dates";
    static final String UNSCORED = "Metadata the text does not state (not scored)";
    static final String LANGUAGES = "Languages (not scored)";
    static final String BODIES = "Body text, worst article first";
    static final String RESIDUE = "Residue inside articles";

    private final Map<String, List<String>> byKind = new LinkedHashMap<>();

    Findings() {
        for (String kind : List.of(ARTICLES, TITLES, AUTHORS, DATES, UNSCORED, LANGUAGES, BODIES, RESIDUE)) {
            byKind.put(kind, new ArrayList<>());
        }
    }

    void add(String kind, String finding) {
        byKind.get(kind).add(finding);
    }

    List<String> of(String kind) {
        return byKind.get(kind);
    }

    Map<String, List<String>> all() {
        return byKind;
    }

    boolean isEmpty() {
        return byKind.values().stream().allMatch(List::isEmpty);
    }
}
