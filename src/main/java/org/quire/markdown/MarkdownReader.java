package org.quire.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quire.build.QuireException;
import org.quire.build.YamlMap;
import org.quire.model.Article;
import org.quire.model.ArticleMeta;
import org.quire.model.Attr;
import org.quire.model.Block;
import org.quire.model.Inline;

/** Reads an article written as Markdown with YAML front matter, through Flexmark, into the model. */
public final class MarkdownReader {
    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create(), FootnoteExtension.create())))
            .build();

    private MarkdownReader() {
    }

    /** @param fileName named in errors */
    public static Article read(String markdown, String fileName) {
        Document document = PARSER.parse(markdown);
        Map<String, Object> front = Map.of();
        List<Block> blocks = new ArrayList<>();
        for (Node node : document.getChildren()) {
            if (node instanceof YamlFrontMatterBlock yaml) {
                front = yaml(yaml, fileName);
            } else {
                block(node, blocks);
            }
        }
        ArticleMeta meta = FrontMatter.fromMap(front);
        if (meta.title() == null) {
            throw new QuireException(fileName, 1, "no title: the front matter needs a 'title:' line");
        }
        return new Article(meta, blocks);
    }

    /** The front matter's YAML; its first line is the file's second, below the opening "---". */
    private static Map<String, Object> yaml(YamlFrontMatterBlock block, String fileName) {
        String text = block.getChars().toString().replaceAll("(?m)^---\\s*$", "");
        return YamlMap.load(text, fileName, 1);
    }

    private static void block(Node node, List<Block> out) {
        if (node instanceof Heading h) {
            out.add(new Block.Heading(h.getLevel(), inlines(h), Attr.NONE));
        } else if (node instanceof Paragraph p) {
            List<Inline> content = inlines(p);
            if (!content.isEmpty()) {
                out.add(new Block.Paragraph(content));
            }
        } else if (node instanceof BlockQuote q) {
            out.add(quote(q));
        } else if (node instanceof ListBlock list) {
            List<List<Block>> items = new ArrayList<>();
            for (Node item : list.getChildren()) {
                if (item instanceof ListItem) {
                    List<Block> content = new ArrayList<>();
                    item.getChildren().forEach(child -> block(child, content));
                    items.add(content);
                }
            }
            int start = list instanceof OrderedList ordered ? ordered.getStartNumber() : 1;
            out.add(new Block.ListBlock(!(list instanceof BulletList), start, items));
        } else if (node instanceof ThematicBreak) {
            out.add(new Block.ThematicBreak());
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            String code = node instanceof FencedCodeBlock f ? f.getContentChars().toString()
                    : ((IndentedCodeBlock) node).getContentChars().toString();
            out.add(new Block.CodeBlock(code.stripTrailing()));
        } else if (node instanceof FootnoteBlock) {
            // Read where it is called, through the Footnote node.
        } else {
            // Raw HTML and the like: kept as plain text, never lost.
            String text = node.getChars().toString().strip();
            if (!text.isEmpty()) {
                out.add(new Block.Paragraph(List.of(Inline.text(text))));
            }
        }
    }

    /** A final paragraph opening with a dash is the quotation's attribution. */
    private static Block.Quote quote(BlockQuote quote) {
        List<Block> content = new ArrayList<>();
        quote.getChildren().forEach(child -> block(child, content));
        List<Inline> attribution = List.of();
        if (!content.isEmpty() && content.get(content.size() - 1) instanceof Block.Paragraph last
                && last.content().get(0) instanceof Inline.Text first && first.text().matches("^[\u2014\u2013-]\\s*\\S.*")) {
            List<Inline> rest = new ArrayList<>(last.content());
            rest.set(0, Inline.text(first.text().replaceFirst("^[\u2014\u2013-]\\s*", "")));
            attribution = rest;
            content.remove(content.size() - 1);
        }
        return new Block.Quote(content, attribution, Attr.NONE);
    }

    private static List<Inline> inlines(Node parent) {
        List<Inline> out = new ArrayList<>();
        for (Node node : parent.getChildren()) {
            inline(node, out);
        }
        return merged(out);
    }

    private static void inline(Node node, List<Inline> out) {
        if (node instanceof Text || node instanceof Code) {
            out.add(Inline.text(Escaping.unescapeString(node instanceof Code c ? c.getText().toString() : node.getChars().toString())));
        } else if (node instanceof SoftLineBreak) {
            out.add(Inline.text(" "));
        } else if (node instanceof HardLineBreak) {
            out.add(new Inline.LineBreak());
        } else if (node instanceof StrongEmphasis) {
            out.add(new Inline.Strong(inlines(node)));
        } else if (node instanceof Emphasis) {
            out.add(new Inline.Emphasis(inlines(node)));
        } else if (node instanceof Link link) {
            out.add(new Inline.Link(link.getUrl().toString(), inlines(node)));
        } else if (node instanceof Image image) {
            out.add(Inline.text(image.getText().toString()));
        } else if (node instanceof HtmlEntity entity) {
            out.add(Inline.text(Escaping.unescapeHtml(entity.getChars())));
        } else if (node instanceof Footnote footnote) {
            FootnoteBlock definition = footnote.getFootnoteBlock();
            if (definition == null) {
                out.add(Inline.text(footnote.getChars().toString()));
            } else {
                List<Block> content = new ArrayList<>();
                definition.getChildren().forEach(child -> block(child, content));
                out.add(new Inline.Note(content));
            }
        } else if (node.hasChildren()) {
            out.addAll(inlines(node));
        } else {
            out.add(Inline.text(node.getChars().toString()));
        }
    }

    /** Adjacent text runs as one, so that a model read back equals the model written. */
    private static List<Inline> merged(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text prev) {
                out.set(out.size() - 1, Inline.text(prev.text() + t.text()));
            } else {
                out.add(inline);
            }
        }
        return out;
    }
}
