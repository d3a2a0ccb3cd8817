package org.quire.compose.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A name or acronym the finder proposes for the index.
 *
 * @param headword the entry as it would be printed ("Trump, Donald")
 * @param count    how often it occurs in the book, all variants together
 * @param variants each way it is written in the book ("Donald Trump", "Trump") with its count, most
 *                 frequent first; every variant counts as the entry
 */
public record Candidate(String headword, NameKind kind, int count, Map<String, Integer> variants) {
    public Candidate {
        variants = Collections.unmodifiableMap(new LinkedHashMap<>(variants));
    }
}
