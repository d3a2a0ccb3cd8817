package org.quire.ingest.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Gold and ingest articles pair one to one, only on shared lines and words. */
class ArticleMatcherTest {

    private static ArticleMatcher.Side side(int first, int last, String text) {
        return new ArticleMatcher.Side(first, last, WordBag.ofBody(List.of(text)));
    }

    @Test
    void pairsEachGoldArticleWithTheIngestArticleSharingMostWords() {
        List<ArticleMatcher.Side> gold = List.of(side(1, 10, "alpha beta gamma delta"), side(11, 20, "one two three four"));
        List<ArticleMatcher.Side> ingest = List.of(side(11, 20, "one two three"), side(1, 10, "alpha beta gamma delta"));
        assertEquals(List.of(new ArticleMatcher.Match(0, 1, 4), new ArticleMatcher.Match(1, 0, 3)),
                ArticleMatcher.match(gold, ingest));
    }

    @Test
    void anIngestArticleThatMergesTwoGoldArticlesPairsWithOneOnly() {
        List<ArticleMatcher.Side> gold = List.of(side(1, 10, "alpha beta gamma"), side(11, 20, "one two three four five"));
        List<ArticleMatcher.Side> ingest = List.of(side(1, 20, "alpha beta gamma one two three four five"));
        assertEquals(List.of(new ArticleMatcher.Match(1, 0, 5)), ArticleMatcher.match(gold, ingest));
    }

    @Test
    void sharedWordsDoNotPairArticlesOnDifferentLines() {
        List<ArticleMatcher.Side> gold = List.of(side(1, 10, "alpha beta gamma"));
        List<ArticleMatcher.Side> ingest = List.of(side(11, 20, "alpha beta gamma"));
        assertEquals(List.of(), ArticleMatcher.match(gold, ingest));
    }

    @Test
    void aFewCommonWordsAreNotEnoughToPair() {
        List<ArticleMatcher.Side> gold = List.of(side(1, 30, "the migrants crossed the border at night and the police waited"));
        List<ArticleMatcher.Side> ingest = List.of(side(25, 30, "the end of the story told by the site and its many friends"));
        assertEquals(List.of(), ArticleMatcher.match(gold, ingest));
    }
}
