package org.quire.compose.index;

import java.util.ArrayList;
import java.util.List;
import org.quire.model.Article;
import org.quire.model.ArticleMeta;
import org.quire.model.Block;
import org.quire.model.Book;
import org.quire.model.BookMeta;
import org.quire.model.Inline;
import org.quire.model.Part;

/** Small books written in code for the index tests. */
final class Fixtures {
    private Fixtures() {
    }

    static Book book(String language, Article... articles) {
        BookMeta meta = new BookMeta("Test", null, List.of(), null, null, language, "2024", "urn:uuid:test", null, null, null, null, "2024-01-01T00:00:00Z");
        return new Book(meta, List.of(new Part(null, List.of(articles))));
    }

    static Book book(Article... articles) {
        return book("en", articles);
    }

    /** An article of one paragraph per text. */
    static Article article(String id, String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : paragraphs) {
            blocks.add(paragraph(paragraph));
        }
        return article(id, blocks);
    }

    static Article article(String id, List<Block> blocks) {
        return new Article(new ArticleMeta(id, id, null, List.of(), null, null, null, "en", null, null, null), blocks);
    }

    static Block.Paragraph paragraph(String text) {
        return new Block.Paragraph(List.of(Inline.text(text)));
    }
}
