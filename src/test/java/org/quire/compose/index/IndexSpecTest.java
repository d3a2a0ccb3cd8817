package org.quire.compose.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quire.build.QuireException;

class IndexSpecTest {

    @Test
    void readsEntriesSubEntriesReferencesAndSettings() {
        IndexSpec spec = IndexSpec.parse("""
                settings:
                  min-occurrences: 4
                  min-acronym-occurrences: 2
                  auto: false
                exclude: [Like]
                entries:
                  - term: rivers
                    aliases: [river]
                    sub:
                      - {term: in spring, aliases: [flood]}
                    see-also: [lakes, seas]
                  - {term: brooks, see: rivers}
                  - lakes
                  - {term: Ørsted, sort: Orsted}
                """, "index.yaml");
        assertEquals(4, spec.minOccurrences());
        assertEquals(2, spec.minAcronymOccurrences());
        assertFalse(spec.auto());
        assertEquals(List.of("Like"), spec.exclude());
        CuratedEntry rivers = spec.entries().get(0);
        assertEquals(List.of("rivers", "river"), rivers.phrases());
        assertEquals(List.of("in spring", "flood"), rivers.subEntries().get(0).phrases());
        assertEquals(List.of("lakes", "seas"), rivers.seeAlso());
        assertNull(rivers.see());
        assertEquals("rivers", spec.entries().get(1).see());
        assertEquals(CuratedEntry.of("lakes"), spec.entries().get(2));
        assertEquals("Orsted", spec.entries().get(3).sort());
    }

    @Test
    void aBareListIsTheEntriesWithDefaultSettings() {
        IndexSpec spec = IndexSpec.parse("- rivers\n- term: lakes\n", "index.yaml");
        assertEquals(2, spec.entries().size());
        assertTrue(spec.auto());
        assertEquals(IndexSpec.DEFAULT_MIN_OCCURRENCES, spec.minOccurrences());
        assertEquals(spec.minOccurrences(), spec.minAcronymOccurrences());
    }

    @Test
    void anEmptyFileIndexesAutomatically() {
        assertEquals(IndexSpec.AUTOMATIC, IndexSpec.parse("", "index.yaml"));
    }

    @Test
    void badYamlNamesFileAndLine() {
        QuireException e = assertThrows(QuireException.class,
                () -> IndexSpec.parse("entries:\n  - term: rivers\n    aliases: [river\n", "index.yaml"));
        assertTrue(e.oneLine().startsWith("index.yaml:"), e.oneLine());
        assertTrue(e.oneLine().contains("bad YAML"), e.oneLine());
    }

    @Test
    void aMistypedKeyNamesItsLine() {
        QuireException e = assertThrows(QuireException.class,
                () -> IndexSpec.parse("entries:\n  - term: rivers\n    see_also: [lakes]\n", "index.yaml"));
        assertTrue(e.oneLine().startsWith("index.yaml:3: unknown key 'see_also'"), e.oneLine());
    }

    @Test
    void shapesThatCannotBeMeantAreRefused() {
        assertLine(4, "entries:\n  - term: rivers\n  - lakes\n  - term: Rivers\n");
        assertLine(2, "entries:\n  - {term: brooks, see: rivers, aliases: [brook]}\n");
        assertLine(2, "settings:\n  min-occurrences: often\n");
        assertLine(2, "entries:\n  - aliases: [river]\n");
        assertLine(1, "entries: rivers\n");
    }

    private static void assertLine(int line, String yaml) {
        QuireException e = assertThrows(QuireException.class, () -> IndexSpec.parse(yaml, "index.yaml"));
        assertTrue(e.oneLine().startsWith("index.yaml:" + line + ": "), e.oneLine());
    }
}
