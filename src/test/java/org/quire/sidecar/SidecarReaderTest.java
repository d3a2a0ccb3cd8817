package org.quire.sidecar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quire.build.QuireException;

class SidecarReaderTest {
    private static final String FILE = "seeds/story.yaml";

    @Test
    void readsLineEditsAndArticleEdits() {
        Overrides o = SidecarReader.read("""
                # the editor's corrections
                split-before: [57, "80"]
                keep: [12, "20-22", "30–31"]
                drop: "40-41"
                articles:
                  - at: 57
                    title: A Better Title
                    author: [Ana Ruiz, Ben Cole]
                    date: 2019-03
                    subtitle:
                  - article: an-ingest-id
                    drop: true
                """, FILE);
        assertEquals(FILE, o.fileName());
        assertEquals(List.of(new LineRange(57, 57, 2), new LineRange(80, 80, 2)), o.splitBefore());
        assertEquals(List.of(new LineRange(12, 12, 3), new LineRange(20, 22, 3), new LineRange(30, 31, 3)), o.keep());
        assertEquals(List.of(new LineRange(40, 41, 4)), o.drop(), "one range stands for a list of one");

        ArticleOverride first = o.articles().get(0);
        assertEquals(57, first.at());
        assertEquals(6, first.sidecarLine());
        assertFalse(first.drop());
        assertEquals(List.of(
                new FieldEdit("title", List.of("A Better Title"), 7),
                new FieldEdit("author", List.of("Ana Ruiz", "Ben Cole"), 8),
                new FieldEdit("date", List.of("2019-03"), 9),
                new FieldEdit("subtitle", List.of(), 10)), first.fields());
        assertEquals("the article at line 57", first.target());

        ArticleOverride second = o.articles().get(1);
        assertEquals("an-ingest-id", second.article());
        assertTrue(second.drop());
        assertEquals("article 'an-ingest-id'", second.target());
    }

    @Test
    void anEmptySidecarChangesNothing() {
        assertTrue(SidecarReader.read("# nothing yet\n", FILE).isEmpty());
    }

    @Test
    void aRangePrintsAsTheReportWritesIt() {
        assertEquals("12–14", new LineRange(12, 14, 1).toString());
        assertEquals("41", new LineRange(41, 41, 1).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            titel: X                                               | 1 | unknown key 'titel'
            keep: [1, 2                                            | 1 | bad YAML
            keep: ['a-b']                                          | 1 | expected a line number or a range
            keep: ['5-3']                                          | 1 | no range of lines
            keep: [0]                                              | 1 | no range of lines
            split-before: ['3-5']                                  | 1 | expected a line number, not '3-5'
            keep: ['3-5']\\ndrop: [4]                              | 2 | overlap line(s) 3–5 to keep
            articles: {at: 3}                                      | 1 | expected a list
            articles:\\n  - at: zero\\n    title: X                | 2 | whole number
            articles:\\n  - title: X                               | 2 | say which article
            articles:\\n  - at: 3\\n    article: x\\n    title: X  | 2 | say which article
            articles:\\n  - at: 3                                  | 2 | nothing to do for line 3
            articles:\\n  - at: 3\\n    drop: true\\n    title: X  | 2 | takes no other fields
            articles:\\n  - at: 3\\n    titel: X                   | 3 | unknown key 'titel' for an article
            articles:\\n  - at: 3\\n    title: [A, B]              | 3 | expected text
            articles:\\n  - at: 3\\n    title: ''                  | 3 | 'title' cannot be empty
            articles:\\n  - at: 3\\n    title: A\\n    title: B    | 4 | 'title' stands twice
            articles:\\n  - at: 3\\n    date: 15/11/2018           | 3 | yyyy-mm-dd
            articles:\\n  - at: 3\\n    date: 2018-02-30           | 3 | yyyy-mm-dd
            articles:\\n  - at: 3\\n    date: 2018-13              | 3 | yyyy-mm-dd
            articles:\\n  - at: 3\\n    lang: English              | 3 | a language is a code
            articles:\\n  - at: 3\\n    id: Not An Id              | 3 | like 'not-an-id'
            articles:\\n  - at: 3\\n    drop: maybe                | 3 | true or false
            """)
    void aMistakeNamesTheFileAndLine(String yaml, int line, String message) {
        QuireException e = assertThrows(QuireException.class, () -> SidecarReader.read(yaml.replace("\\n", "\n"), FILE));
        assertTrue(e.oneLine().startsWith(FILE + ":" + line + ": "), e.oneLine());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
