package org.quire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each article says what ingest took out around it and what it mended, for the sources page. */
class EditLogTest {
    @Test
    void captionsCreditsAndFootnoteLinksAreAccountedToTheirArticle() {
        List<String> edits = Ingest.ingest("t.txt", """
                Skip to main content

                Harbour Strike Enters Its Second Week

                by Ana Lima

                The dockers stayed out for a second week, and the port was quiet on Monday morning.1

                Pickets stand at the harbour gate, Oslo, Norway, May 4, 2021.

                Photo: AP

                Their union said the strike would go on until the "new" contract was withdrawn.

                1. The strike began on April 27. [back]
                """).articles().get(0).meta().edits();
        assertTrue(edits.contains("photo captions, credits and image names removed (2 lines)"), edits.toString());
        assertTrue(edits.contains("1 footnote linked to the words that call them"), edits.toString());
        assertTrue(edits.contains("quotation marks, dashes and ellipses set typographically"), edits.toString());
        assertTrue(edits.stream().noneMatch(e -> e.contains("interface")),
                "page furniture above the first article belongs to no article: " + edits);
    }

    @Test
    void anUntouchedArticleSaysSo() {
        List<String> edits = Ingest.ingest("t.txt", """
                A Plain Article

                Nothing in this text needs mending: one paragraph, straight from the page to the book.
                """).articles().get(0).meta().edits();
        assertEquals(List.of("text as found; only its layout set for the book"), edits);
    }

    @Test
    void webNoiseIsNamedInWordsNotByRule() {
        List<String> edits = Ingest.ingest("t.txt", """
                The Harbour Strike

                The dockers stayed out for a second week. Nobody in the hall expected the port authority to give in so soon, and the pickets held.

                Nobody in the hall expected the port authority to give in so soon.

                Home | News | Labor | About

                - - - -

                Traducido del inglés por Ana Lima.

                Mail: contact@example.org
                Twitter: @harbour

                We use cookies to improve your experience on our site.
                """).articles().get(0).meta().edits();
        List<String> rules = List.of(PullQuoteRule.NAME, NavigationLineRule.NAME, DividerRule.NAME, CreditLineRule.NAME,
                ContactBlockRule.NAME, SiteNoticeRule.NAME);
        assertTrue(edits.stream().noneMatch(e -> rules.stream().anyMatch(e::startsWith)), edits.toString());
        assertTrue(edits.contains("the publisher's contact details removed (2 lines)"), edits.toString());
        assertTrue(edits.contains("credits for translation, interview and reporting removed (1 line)"), edits.toString());
    }
}
