package org.quire.compose.index;

/**
 * One place in the book where an index term occurs.
 *
 * @param anchorId    the id of the {@code index-term} span that marks it in the book returned by
 *                    {@link BookIndex#markOccurrences}; later stages look up its page by this id
 * @param articleId   the article's id
 * @param blockIndex  the index of the top-level block in the article's blocks
 * @param charOffset  where the match starts in that block's searchable text (every text of the block in
 *                    document order, nested blocks and notes each starting on a new line)
 * @param matchedText the text as it stands in the book ("Trump" for the entry "Trump, Donald")
 */
public record Occurrence(String anchorId, String articleId, int blockIndex, int charOffset, String matchedText) {}
