package org.quire.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quire.fonts.FontFace;
import org.quire.fonts.FontLibrary;

class FontSubsetsTest {
    @Test
    void faceWithNoneOfTheCharactersIsLeftOut() throws IOException {
        FontFace serif = FontLibrary.scan(TestBook.FONTS).stream()
                .filter(f -> f.file().getFileName().toString().equals("NotoSerif-Regular.ttf")).findFirst().orElseThrow();
        assertTrue(FontSubsets.subset(serif, Set.of((int) '佳')).isEmpty());
        assertEquals(List.of(), FontSubsets.embed(List.of(serif), Set.of((int) '佳')));
        assertTrue(FontSubsets.subset(serif, Set.of((int) 'a')).isPresent());
    }

    @Test
    void textIsReadWithoutMarkupAndWithEscapesUndone() {
        Set<Integer> used = UsedCharacters.of(List.of("<p class=\"zq\">a &amp; b</p>"), List.of());
        assertEquals(Set.of((int) 'a', (int) ' ', (int) '&', (int) 'b'), used);
    }
}
