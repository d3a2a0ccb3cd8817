package org.quire.compose.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quire.model.Attr;
import org.quire.model.Block;
import org.quire.model.Book;
import org.quire.model.Inline;

class TermFinderTest {

    private static Candidate candidate(List<Candidate> candidates, String headword) {
        return candidates.stream().filter(c -> c.headword().equals(headword)).findFirst().orElse(null);
    }

    @Test
    void aSurnameJoinsTheOneFullNameItEndsAndTheHeadwordIsInverted() {
        Book book = Fixtures.book(Fixtures.article("a",
                "Then Ada Byron wrote to the Green Party.",
                "Critics said Byron thought Byron's notes were long; Ada J. Byron replied.",
                "Byron left for Canada in May."));
        List<Candidate> found = new TermFinder().find(book);
        Candidate byron = candidate(found, "Byron, Ada");
        assertNotNull(byron, found.toString());
        assertEquals(NameKind.PERSON, byron.kind());
        assertEquals(5, byron.count());
        assertEquals(Map.of("Byron", 3, "Ada Byron", 1, "Ada J. Byron", 1), byron.variants());
        assertNull(candidate(found, "Byron"));
        assertEquals(NameKind.ORGANISATION, candidate(found, "Green Party").kind());
        assertEquals(NameKind.PLACE, candidate(found, "Canada").kind());
    }

    @Test
    void aSurnameSharedByTwoPeopleStaysApart() {
        Book book = Fixtures.book(Fixtures.article("a",
                "Both Ada Byron and Tom Byron came; later Byron left."));
        List<Candidate> found = new TermFinder().find(book);
        assertEquals(1, candidate(found, "Byron").count());
        assertNotNull(candidate(found, "Byron, Ada"));
        assertNotNull(candidate(found, "Byron, Tom"));
    }

    @Test
    void falseFriendsAreNotCandidates() {
        Book book = Fixtures.book(Fixtures.article("a",
                "However, it rained. On Monday we met. In March we left.",
                "Lovely weather. Lovely people. They said so."));
        assertEquals(List.of(), new TermFinder().find(book));
    }

    @Test
    void aSentenceInitialNameCountsOnlyOnceSeenMidSentence() {
        Book onlyInitial = Fixtures.book(Fixtures.article("a", "Zanzibar rose. Zanzibar fell."));
        assertEquals(List.of(), new TermFinder().find(onlyInitial));
        Book confirmed = Fixtures.book(Fixtures.article("a", "Zanzibar rose. Zanzibar fell. We saw Zanzibar."));
        assertEquals(3, candidate(new TermFinder().find(confirmed), "Zanzibar").count());
    }

    @Test
    void acronymsAreCountedEverywhereWithTheirPlurals() {
        Book book = Fixtures.book(Fixtures.article("a",
                "NGOs came. The AFL-CIO and one NGO agreed; the AFL-CIO signed."));
        List<Candidate> found = new TermFinder().find(book);
        assertEquals(2, candidate(found, "NGO").count());
        assertEquals(NameKind.ACRONYM, candidate(found, "AFL-CIO").kind());
        assertEquals(2, candidate(found, "AFL-CIO").count());
    }

    @Test
    void namesInNotesCountAndHeadingsAreNotSearched() {
        Block note = new Block.Paragraph(List.of(Inline.text("see"), new Inline.Note(List.of(
                Fixtures.paragraph("As told by Ada Byron.")))));
        Block heading = new Block.Heading(1, List.of(Inline.text("The Long Cold Harbour")), Attr.NONE);
        Book book = Fixtures.book(Fixtures.article("a", List.of(heading, note)));
        List<Candidate> found = new TermFinder().find(book);
        assertNotNull(candidate(found, "Byron, Ada"), found.toString());
        assertFalse(found.stream().anyMatch(c -> c.headword().contains("Harbour")), found.toString());
    }

    @Test
    void nationalityAdjectivesAloneAreNotIndexed() {
        Book book = Fixtures.book(Fixtures.article("a", "the Mexican and Ruritanian delegates met the Canadian one"));
        assertEquals(List.of(), new TermFinder().find(book));
    }
}
