package org.quire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylineRuleTest {
    @Test
    void plainByline() {
        assertEquals(List.of("Ana Torres"), BylineRule.parse("by Ana Torres").authors());
    }

    @Test
    void aSignatureWithADoubleHyphenAndARole() {
        assertEquals("Ana Torres", BylineRule.signer("-- Ana Torres, Director of the Harbour Office"));
        assertEquals("Ana Torres", BylineRule.signer("— Ana Torres"));
        assertEquals(null, BylineRule.signer("-- the end of the strike, at last"));
    }

    @Test
    void aRoleInLowerCaseAfterTheNameIsNoPublication() {
        BylineRule.Byline byline = BylineRule.parse("Por Lucía Ferrer, portavoz de la cooperativa");
        assertEquals(List.of("Lucía Ferrer"), byline.authors());
        assertNull(byline.source());
    }

    @Test
    void capitalsInTitleCase() {
        assertEquals(List.of("Ana Torres"), BylineRule.parse("BY ANA TORRES").authors());
    }

    @Test
    void anAccountName() {
        assertEquals(List.of("some_user"), BylineRule.parse("por some_user").authors());
        assertNull(BylineRule.parse("por favor"));
    }

    @Test
    void authorFromAPublication() {
        BylineRule.Byline byline = BylineRule.parse("By Lee Park, from The Weekly Worker");
        assertEquals(List.of("Lee Park"), byline.authors());
        assertEquals("The Weekly Worker", byline.source());
    }

    @Test
    void anAffiliationInBrackets() {
        BylineRule.Byline byline = BylineRule.parse("por Ana Lima (Harbour Union)");
        assertEquals(List.of("Ana Lima"), byline.authors());
        assertEquals("Harbour Union", byline.source());
    }

    @Test
    void twoAuthors() {
        assertEquals(List.of("Ana Torres", "Lee Park"), BylineRule.parse("By Ana Torres and Lee Park").authors());
    }

    @Test
    void namesSigningWithoutBy() {
        assertEquals(List.of("Ana Gil", "Luis Paz Soto"), BylineRule.names("Ana Gil y Luis Paz Soto"));
        assertEquals(List.of("Comité de Vecinos y Vecinas"), BylineRule.names("Comité de Vecinos y Vecinas"));
        assertEquals(List.of("Ana Gil"), BylineRule.names("— Ana Gil"));
        assertEquals(List.of("Luis Paz"), BylineRule.names("Texto: Luis Paz"));
        assertEquals(List.of("Ana Gil"), BylineRule.parse("Author:     Ana Gil").authors(), "a labelled author");
    }

    @Test
    void aSentenceStartingWithByIsNoByline() {
        assertNull(BylineRule.parse("By the end of the week the strike had spread."));
        assertNull(BylineRule.parse("by contrast, the rest stayed home"));
    }

    @Test
    void aNicknameInQuotesBetweenTheNamesIsPartOfTheName() {
        assertEquals(List.of("Richard \"Rick\" Hale"), BylineRule.parse("by Richard \"Rick\" Hale").authors());
        assertEquals(List.of("Ana “Nana” Lima"), BylineRule.parse("por Ana “Nana” Lima").authors());
        assertNull(BylineRule.parse("by \"Rick\" himself"));
    }
}
