package org.quire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TitleBlockTest {
    /** Chunks from lines; "" between lines stands for a blank line. */
    private static List<Piece> pieces(String... lines) {
        List<Piece> out = new ArrayList<>();
        int blanks = 0;
        int number = 1;
        for (String line : lines) {
            if (line.isEmpty()) {
                blanks++;
            } else {
                out.add(new Piece(new Chunk(List.of(number), line, blanks)));
                blanks = 0;
            }
            number++;
        }
        return out;
    }

    private static String title(List<Piece> pieces) {
        List<Integer> run = IntStream.range(0, pieces.size()).boxed().toList();
        int index = TitleBlock.choose(pieces, run, PageLabels.of(pieces));
        return index < 0 ? null : pieces.get(index).text;
    }

    @Test
    void aSupraTitleRunsLongerThanTheTitleUnderIt() {
        assertEquals("Dockers Walk Out", title(pieces("Port workers stop the cranes over the safety dispute",
                "Dockers Walk Out")));
    }

    @Test
    void aDekRunsLongerThanTheTitleAboveIt() {
        assertEquals("Dockers Walk Out Again", title(pieces("Dockers Walk Out Again",
                "Port workers stop the cranes over the safety dispute")));
    }

    @Test
    void ofATitleCaseLineAndASentenceCaseOneTheFirstIsTheTitle() {
        assertEquals("New Report: Harbour Safety in the Northern Ports", title(pieces(
                "New Report: Harbour Safety in the Northern Ports", "Risks vary by port")));
        assertEquals("New Report: Harbour Safety in the Northern Ports", title(pieces(
                "Port workers stop the cranes over the long safety dispute", "New Report: Harbour Safety in the Northern Ports")));
    }

    @Test
    void theLineTheTableOfContentsListsIsTheTitle() {
        List<Piece> page = pieces("Contents", "Port workers stop the cranes over safety     2", "",
                "Port workers stop the cranes over safety", "Dockers at the gate");
        assertEquals(2, TitleBlock.choose(page, List.of(2, 3), PageLabels.of(page)));
    }

    @Test
    void aLineOfThreeWordsOrFewerOverALongerOneIsItsSection() {
        assertEquals("A day of service in honour of the strikers", title(pieces("Director's Blog (Union)",
                "A day of service in honour of the strikers")));
        assertEquals("Kick-off of our first mentoring programme", title(pieces("Mentoring programme",
                "Kick-off of our first mentoring programme")));
    }

    @Test
    void aLabelThePagePrintsAgainMarksTheLineUnderItAsTheTitle() {
        List<Piece> page = pieces("Harbour Blog", "Port workers stop the cranes over safety", "", "Harbour Blog",
                "Dockers walk out at dawn");
        PageLabels labels = PageLabels.of(page);
        assertEquals(1, TitleBlock.choose(page, List.of(0, 1), labels), "not the shorter line, the label");
        assertEquals(3, TitleBlock.choose(page, List.of(2, 3), labels));
        assertEquals("Port workers stop the cranes over safety", title(page.subList(0, 2)),
                "printed once, a line of two words over a longer one is still a section's name");
    }

    @Test
    void aKickerMarksTheLineUnderItAsTheTitle() {
        assertEquals("Port workers stop the cranes over the long safety dispute", title(pieces("LABOUR",
                "Port workers stop the cranes over the long safety dispute", "Walkout at the docks")));
    }

    @Test
    void aLineAboveABlankLineIsNoPartOfTheBlock() {
        assertEquals("Dockers Walk Out At Dawn", title(pieces("Category: News", "", "Dockers Walk Out At Dawn")));
    }

    @Test
    void aStandfirstUnderTheTitleIsPassedOver() {
        assertEquals("Dockers Walk Out", title(pieces("Dockers Walk Out",
                "ANA TORRES reports on a walkout at the port that stopped the cranes for a week.")));
    }

    @Test
    void aNumberedQuestionIsNoTitle() {
        assertEquals("A Talk With A Steward", title(pieces("A Talk With A Steward", "", "Q1: How did it start?")));
    }
}
