package org.quire.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.quire.model.Attr;
import org.quire.model.Block;
import org.quire.model.Inline;

/**
 * Turns an article's body chunks into blocks, asking the block rules in turn: editorial notes, quotes
 * with attribution, lists, numbered headings, interview labels, headings, and paragraphs (marked with
 * their language where it differs from the article's).
 */
final class BodyBuilder {
    static final int HEADING_WORDS = 15;
    /** A web or e-mail address: a sign-off or a link, not a heading. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)https?://|www\\.|@|\\b[\\w-]+\\.(?:org|com|net|info|edu|gov|io|co|uk|es|mx|ar)\\b");

    private final ArticleDraft draft;
    private final List<Piece> body = new ArrayList<>();
    private final boolean flattenedList;
    private final boolean hasPlainHeadings;
    private int flattenedItems;
    private final List<Block> blocks = new ArrayList<>();

    private BodyBuilder(ArticleDraft draft) {
        this.draft = draft;
        TeaserRule.drop(draft);
        DonationAppealRule.dropClosingAppeal(draft);
        for (Piece p : draft.body) {
            if (!p.isDropped()) {
                body.add(p);
            }
        }
        this.flattenedList = ListRule.isFlattened(body);
        this.hasPlainHeadings = body.stream().anyMatch(p -> isHeading(p.text) && !TitleRule.isNumbered(p.text));
    }

    static List<Block> build(ArticleDraft draft) {
        return new BodyBuilder(draft).run();
    }

    /** A short title-like line that is no exclamation and holds no address. */
    static boolean isHeading(String text) {
        String t = InlineBuilder.withoutNotes(text);
        return TitleRule.looksLikeTitle(t) && Words.count(t) <= HEADING_WORDS && !t.contains("!")
                && !ADDRESS.matcher(t).find();
    }

    private List<Block> run() {
        int i = 0;
        while (i < body.size()) {
            i = next(i);
        }
        return blocks;
    }

    /** Builds the block starting at body index {@code i}; returns the index after it. */
    private int next(int i) {
        String text = body.get(i).text;
        if (body.get(i).chunk.code()) {
            blocks.add(new Block.CodeBlock(text));
            return i + 1;
        }
        if (EditorialNoteRule.opens(text)) {
            return editorialNote(i);
        }
        String attribution = i + 1 < body.size() ? QuoteRule.attribution(body.get(i + 1).text) : null;
        if (attribution != null && !isHeading(text)) {
            blocks.add(new Block.Quote(List.of(paragraph(text, List.of())),
                    InlineBuilder.inlines(attribution, draft.notes), Attr.NONE));
            return i + 2;
        }
        if (ListRule.isBullet(text)) {
            return bulletList(i);
        }
        int number = ListRule.number(text);
        if (number > 0) {
            return numbered(i, number);
        }
        String[] question = InterviewRule.question(text);
        if (question != null) {
            blocks.add(labelled(question[0], question[1], InterviewRule.QUESTION_CLASS));
            return i + 1;
        }
        if (InterviewRule.isSpeakerLabel(text) && i + 1 < body.size() && !isHeading(body.get(i + 1).text)) {
            blocks.add(labelled(text.strip(), body.get(i + 1).text, InterviewRule.ANSWER_CLASS));
            return i + 2;
        }
        if (isHeading(text)) {
            blocks.add(new Block.Heading(1, InlineBuilder.inlines(text, draft.notes), Attr.NONE));
            return i + 1;
        }
        blocks.add(paragraph(text, List.of()));
        return i + 1;
    }

    private int editorialNote(int i) {
        List<Block> paragraphs = new ArrayList<>();
        int j = i;
        while (j < body.size()) {
            String text = body.get(j).text;
            paragraphs.add(paragraph(EditorialNoteRule.inner(text), List.of()));
            j++;
            if (EditorialNoteRule.closes(text) || j >= body.size() || !body.get(j).text.strip().startsWith("[")) {
                break;
            }
        }
        blocks.add(new Block.Div(Attr.classes(EditorialNoteRule.CLASS), paragraphs));
        return j;
    }

    private int bulletList(int i) {
        List<List<Block>> items = new ArrayList<>();
        int j = i;
        while (j < body.size() && ListRule.isBullet(body.get(j).text)) {
            for (String item : ListRule.bulletItems(body.get(j).text)) {
                items.add(List.of(paragraph(item, List.of())));
            }
            j++;
        }
        blocks.add(new Block.ListBlock(false, 1, items));
        return j;
    }

    /**
     * A numbered chunk: an item of a flattened list (renumbered), a numbered heading over running text,
     * or an item of an ordered list.
     */
    private int numbered(int i, int number) {
        String text = body.get(i).text;
        if (flattenedList && number == 1 && !ListRule.isParenthesisItem(text)) {
            int start = flattenedItems + 1;
            List<List<Block>> items = new ArrayList<>();
            int j = i;
            while (j < body.size() && ListRule.number(body.get(j).text) == 1) {
                items.add(List.of(paragraph(ListRule.itemText(body.get(j).text), List.of())));
                j++;
            }
            flattenedItems += items.size();
            blocks.add(new Block.ListBlock(true, start, items));
            return j;
        }
        boolean nextIsProse = i + 1 < body.size() && ListRule.number(body.get(i + 1).text) < 0;
        if (!ListRule.isParenthesisItem(text) && isHeading(ListRule.itemText(text)) && nextIsProse) {
            int level = hasPlainHeadings ? 2 : 1;
            blocks.add(new Block.Heading(level, InlineBuilder.inlines(text, draft.notes), Attr.NONE));
            return i + 1;
        }
        List<List<Block>> items = new ArrayList<>();
        int j = i;
        while (j < body.size() && ListRule.number(body.get(j).text) > 0) {
            items.add(List.of(paragraph(ListRule.itemText(body.get(j).text), List.of())));
            j++;
        }
        blocks.add(new Block.ListBlock(true, number, items));
        return j;
    }

    private Block.Paragraph labelled(String label, String text, String cssClass) {
        List<Inline> content = new ArrayList<>();
        content.add(new Inline.Strong(List.of(Inline.text(label))));
        content.add(Inline.text(" "));
        content.addAll(InlineBuilder.inlines(text, draft.notes));
        return new Block.Paragraph(content, new Attr(null, List.of(cssClass), otherLanguage(text)));
    }

    private Block.Paragraph paragraph(String text, List<String> classes) {
        return new Block.Paragraph(InlineBuilder.inlines(text, draft.notes),
                new Attr(null, classes, otherLanguage(text)));
    }

    /** The passage's language when it is told apart from the article's, else null. */
    private String otherLanguage(String text) {
        String lang = LanguageGuess.of(InlineBuilder.withoutNotes(text));
        return lang == null || lang.equals(draft.lang) ? null : lang;
    }
}
