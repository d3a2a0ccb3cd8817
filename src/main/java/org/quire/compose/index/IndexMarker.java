package org.quire.compose.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quire.model.Article;
import org.quire.model.Attr;
import org.quire.model.Block;
import org.quire.model.Book;
import org.quire.model.Inline;
import org.quire.model.Part;

/**
 * Wraps each occurrence in the book in a span of class {@code index-term} whose id is the occurrence's
 * anchor, so that the stage that makes pages can tell on which page each one landed. Only spans are added:
 * the text is left exactly as it was.
 *
 * <p>An occurrence that runs across a change of formatting ("Donald <em>Trump</em>") is marked on its
 * part within the first text it starts in: the mark is where the occurrence begins, which is the page it
 * belongs to. An occurrence whose text is no longer where it was found is not marked.
 */
final class IndexMarker {
    static final String CLASS = "index-term";

    private IndexMarker() {
    }

    static Book mark(Book book, List<Occurrence> occurrences) {
        Map<String, Map<Integer, List<Occurrence>>> byBlock = new HashMap<>();
        for (Occurrence occurrence : occurrences) {
            byBlock.computeIfAbsent(occurrence.articleId(), a -> new HashMap<>())
                    .computeIfAbsent(occurrence.blockIndex(), b -> new ArrayList<>()).add(occurrence);
        }
        List<Part> parts = new ArrayList<>();
        for (Part part : book.parts()) {
            List<Article> articles = new ArrayList<>();
            for (Article article : part.articles()) {
                Map<Integer, List<Occurrence>> blocks = byBlock.get(article.meta().id());
                articles.add(blocks == null ? article : mark(article, blocks));
            }
            parts.add(new Part(part.title(), articles));
        }
        return new Book(book.meta(), parts);
    }

    private static Article mark(Article article, Map<Integer, List<Occurrence>> byBlock) {
        List<Block> blocks = new ArrayList<>(article.blocks());
        for (Map.Entry<Integer, List<Occurrence>> entry : byBlock.entrySet()) {
            int index = entry.getKey();
            if (index < blocks.size()) {
                List<Occurrence> inBlock = new ArrayList<>(entry.getValue());
                inBlock.sort(Comparator.comparingInt(Occurrence::charOffset));
                blocks.set(index, BlockText.rewrite(blocks.get(index), (leaf, offset) -> split(leaf, offset, inBlock)));
            }
        }
        return new Article(article.meta(), blocks);
    }

    /** The ids the book already uses (on headings, paragraphs, divs, quotes and spans), which marks must avoid. */
    static Set<String> idsInUse(Book book) {
        Set<String> ids = new HashSet<>();
        for (Article article : book.articles()) {
            for (Block block : article.blocks()) {
                collect(block, ids);
            }
        }
        return ids;
    }

    private static void collect(Block block, Set<String> ids) {
        if (block instanceof Block.Heading h) {
            add(h.attr(), ids);
            collect(h.content(), ids);
        } else if (block instanceof Block.Paragraph p) {
            add(p.attr(), ids);
            collect(p.content(), ids);
        } else if (block instanceof Block.Quote q) {
            add(q.attr(), ids);
            q.content().forEach(b -> collect(b, ids));
            collect(q.attribution(), ids);
        } else if (block instanceof Block.ListBlock l) {
            l.items().forEach(item -> item.forEach(b -> collect(b, ids)));
        } else if (block instanceof Block.Div d) {
            add(d.attr(), ids);
            d.content().forEach(b -> collect(b, ids));
        }
    }

    private static void collect(List<Inline> inlines, Set<String> ids) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Span s) {
                add(s.attr(), ids);
                collect(s.content(), ids);
            } else if (inline instanceof Inline.Emphasis e) {
                collect(e.content(), ids);
            } else if (inline instanceof Inline.Strong s) {
                collect(s.content(), ids);
            } else if (inline instanceof Inline.Link l) {
                collect(l.content(), ids);
            } else if (inline instanceof Inline.Note n) {
                n.content().forEach(b -> collect(b, ids));
            }
        }
    }

    private static void add(Attr attr, Set<String> ids) {
        if (attr != null && attr.id() != null) {
            ids.add(attr.id());
        }
    }

    /** The leaf as text and spans, one span for each occurrence that starts in it. */
    private static List<Inline> split(String leaf, int offset, List<Occurrence> occurrences) {
        List<Inline> out = new ArrayList<>();
        int done = 0;
        for (Occurrence occurrence : occurrences) {
            int start = occurrence.charOffset() - offset;
            if (start < done || start >= leaf.length()) {
                continue;
            }
            int end = Math.min(leaf.length(), start + occurrence.matchedText().length());
            String marked = leaf.substring(start, end);
            if (!occurrence.matchedText().startsWith(marked)) {
                continue;
            }
            if (start > done) {
                out.add(new Inline.Text(leaf.substring(done, start)));
            }
            out.add(new Inline.Span(new Attr(occurrence.anchorId(), List.of(CLASS), null), List.of(new Inline.Text(marked))));
            done = end;
        }
        if (done < leaf.length() || out.isEmpty()) {
            out.add(new Inline.Text(leaf.substring(done)));
        }
        return out;
    }
}
