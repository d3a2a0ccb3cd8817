package org.quire.compose.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quire.model.Article;
import org.quire.model.Attr;
import org.quire.model.Block;
import org.quire.model.Book;
import org.quire.model.Inline;

class BookIndexTest {

    private static IndexEntry entry(BookIndex index, String headword) {
        return index.entries().stream().filter(e -> e.headword().equals(headword)).findFirst()
                .orElseThrow(() -> new AssertionError(headword + " not in " + headwords(index)));
    }

    private static List<String> headwords(BookIndex index) {
        return index.entries().stream().map(IndexEntry::headword).toList();
    }

    private static Book riverBook() {
        Block withNote = new Block.Paragraph(List.of(Inline.text("Ada Byron mapped rivers."),
                new Inline.Note(List.of(Fixtures.paragraph("A river, says Byron.")))));
        return Fixtures.book(
                Fixtures.article("one", List.of(Fixtures.paragraph("We swam."), withNote,
                        Fixtures.paragraph("Floods came when Byron left)."))),
                Fixtures.article("two", "Floods again, and Byron.", "We saw Zanzibar once."));
    }

    @Test
    void curatedAndFoundEntriesCarryEveryOccurrence() {
        IndexSpec spec = IndexSpec.parse("entries:\n  - {term: rivers, aliases: [river]}\n", "index.yaml");
        BookIndex index = BookIndex.build(riverBook(), spec);

        String blockText = "Ada Byron mapped rivers.\nA river, says Byron.";
        assertEquals(List.of(
                new Occurrence("ix-2", "one", 1, blockText.indexOf("rivers"), "rivers"),
                new Occurrence("ix-3", "one", 1, blockText.indexOf("river,"), "river")),
                entry(index, "rivers").occurrences());
        IndexEntry byron = entry(index, "Byron, Ada");
        assertFalse(byron.curated());
        assertEquals(List.of("Ada Byron", "Byron", "Byron", "Byron"),
                byron.occurrences().stream().map(Occurrence::matchedText).toList());
        assertEquals(List.of("one", "one", "one", "two"), byron.occurrences().stream().map(Occurrence::articleId).toList());
        assertFalse(headwords(index).contains("Zanzibar"), "once is below the threshold");
    }

    @Test
    void thresholdsAndExclusionsComeFromTheSpec() {
        IndexSpec spec = IndexSpec.parse("settings: {min-occurrences: 1, auto: true}\nexclude: [Ada Byron]\n", "index.yaml");
        List<String> headwords = headwords(BookIndex.build(riverBook(), spec));
        assertEquals(List.of("Zanzibar"), headwords, "an excluded variant excludes the whole candidate");
        IndexSpec manual = IndexSpec.parse("settings: {auto: false}\nentries: [rivers]\n", "index.yaml");
        assertEquals(List.of("rivers"), headwords(BookIndex.build(riverBook(), manual)));
    }

    @Test
    void aSubEntryCountsOnlyWhereItsEntryOccurs() {
        IndexSpec spec = IndexSpec.parse("""
                settings: {auto: false}
                entries:
                  - term: rivers
                    aliases: [river]
                    sub: [{term: in flood, aliases: [floods]}]
                """, "index.yaml");
        IndexEntry rivers = entry(BookIndex.build(riverBook(), spec), "rivers");
        assertEquals(1, rivers.subEntries().size());
        assertEquals(List.of("one"), rivers.subEntries().get(0).occurrences().stream().map(Occurrence::articleId).toList());
    }

    @Test
    void referencesLeadToHeadwordsAndBrokenOnesAreNoted() {
        IndexSpec spec = IndexSpec.parse("""
                entries:
                  - {term: Lady Byron, see: Ada Byron}
                  - {term: rivers, see-also: [lakes, Byron]}
                  - {term: oceans}
                """, "index.yaml");
        BookIndex index = BookIndex.build(riverBook(), spec);
        IndexEntry lady = entry(index, "Lady Byron");
        assertEquals("Byron, Ada", lady.see());
        assertEquals(List.of(), lady.occurrences());
        assertEquals(List.of("lakes", "Byron, Ada"), entry(index, "rivers").seeAlso());
        assertTrue(index.notes().stream().anyMatch(n -> n.contains("'lakes'")), index.notes().toString());
        assertTrue(index.notes().stream().anyMatch(n -> n.contains("'oceans' is not found")), index.notes().toString());
    }

    @Test
    void headwordsSortByTheBooksLanguageAndGroupByLetter() {
        Article article = Fixtures.article("a", "Ñandú y Nube; édito, Ébano y zorro.");
        String yaml = "settings: {auto: false}\nentries: [Ñandú, Nube, édito, Ébano, zorro]\n";
        BookIndex spanish = BookIndex.build(Fixtures.book("es", article), IndexSpec.parse(yaml, "index.yaml"));
        assertEquals(List.of("Ébano", "édito", "Nube", "Ñandú", "zorro"), headwords(spanish));
        assertEquals(List.of("E", "N", "Ñ", "Z"), spanish.groups().stream().map(IndexGroup::letter).toList());
        BookIndex english = BookIndex.build(Fixtures.book("en", article), IndexSpec.parse(yaml, "index.yaml"));
        assertEquals(List.of("E", "N", "Z"), english.groups().stream().map(IndexGroup::letter).toList());
        assertEquals(List.of("Ñandú", "Nube"), english.groups().get(1).entries().stream().map(IndexEntry::headword).toList());
    }

    @Test
    void markingAddsOneSpanPerOccurrenceAndChangesNoText() {
        Block emphasised = new Block.Paragraph(List.of(Inline.text("Ada "),
                new Inline.Emphasis(List.of(Inline.text("Byron"))), Inline.text(" and rivers")));
        Block taken = new Block.Paragraph(List.of(new Inline.Span(new Attr("ix-1", List.of(), null),
                List.of(Inline.text("Byron by the river")))));
        Book book = Fixtures.book(Fixtures.article("a", List.of(Fixtures.paragraph("Rivers, Byron and Ada Byron."),
                emphasised, taken, new Block.Quote(List.of(Fixtures.paragraph("river")), List.of(Inline.text("Byron")), Attr.NONE))));
        BookIndex index = BookIndex.build(book, IndexSpec.parse("entries: [{term: rivers, aliases: [river]}]", "index.yaml"));
        Book marked = index.markOccurrences(book);

        List<Block> before = book.articles().get(0).blocks();
        List<Block> after = marked.articles().get(0).blocks();
        for (int i = 0; i < before.size(); i++) {
            assertEquals(Block.plainText(before.get(i)), Block.plainText(after.get(i)));
        }
        List<Inline.Span> spans = new ArrayList<>();
        after.forEach(b -> collectMarks(b, spans));
        assertEquals(index.occurrences().size(), spans.size());
        Set<String> ids = new HashSet<>();
        for (Inline.Span span : spans) {
            assertTrue(span.attr().id().matches("[A-Za-z_][A-Za-z0-9._-]*"), span.attr().id());
            assertTrue(ids.add(span.attr().id()), "unique " + span.attr().id());
        }
        assertFalse(ids.contains("ix-1"), "the book already uses ix-1");
        assertTrue(spans.stream().anyMatch(s -> Inline.plainText(s.content()).equals("Ada ")),
                "a match across formatting is marked where it starts");
    }

    private static void collectMarks(Block block, List<Inline.Span> spans) {
        if (block instanceof Block.Paragraph p) {
            collectMarks(p.content(), spans);
        } else if (block instanceof Block.Quote q) {
            q.content().forEach(b -> collectMarks(b, spans));
            collectMarks(q.attribution(), spans);
        }
    }

    private static void collectMarks(List<Inline> inlines, List<Inline.Span> spans) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Span s) {
                if (s.attr().hasClass("index-term")) {
                    spans.add(s);
                }
                collectMarks(s.content(), spans);
            } else if (inline instanceof Inline.Emphasis e) {
                collectMarks(e.content(), spans);
            }
        }
    }
}
