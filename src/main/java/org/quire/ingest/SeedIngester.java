package org.quire.ingest;

import org.quire.model.Slug;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quire.model.Article;
import org.quire.model.ArticleMeta;
import org.quire.model.Block;
import org.quire.sidecar.Overrides;

/** Runs the ingest stages over one seed and checks that every line is accounted for. */
final class SeedIngester {
    static final String WORKING_TITLE = "working-title";
    private static final int WORKING_TITLE_WORDS = 8;

    private final String seedName;
    private final Overrides overrides;

    SeedIngester(String seedName, Overrides overrides) {
        this.seedName = seedName;
        this.overrides = overrides;
    }

    IngestResult ingest(String text) {
        List<SourceLine> lines = LinkNumberRule.strip(LineDecoder.decode(text));
        SidecarLines lineEdits = new SidecarLines(overrides, lines.size());
        List<Piece> pieces = new ArrayList<>();
        for (Chunk chunk : ParagraphGrouper.group(lines, lineEdits.chunkStarts())) {
            pieces.add(new Piece(chunk));
        }
        lineEdits.mark(pieces);
        PageFurniture.drop(pieces);
        List<ArticleDraft> drafts = LanguageSwitchSplit.split(ArticleSplitter.split(pieces, lineEdits.forcedStarts(pieces)));
        drafts.removeIf(d -> d.keptPieces().isEmpty());
        Set<String> ids = new HashSet<>();
        Set<Integer> seedYears = yearsIn(text);
        for (ArticleDraft draft : drafts) {
            RepeatRule.drop(draft);
            SignatureRule.read(draft);
            FootnoteLinker.link(draft);
            readDatesAndPlaces(draft, seedYears);
            draft.lang = articleLanguage(draft);
            draft.blocks = BodyBuilder.build(draft);
            if (draft.title == null) {
                draft.title = workingTitle(draft.blocks);
                draft.workingTitle = true;
            }
            draft.title = Typography.apply(draft.title);
            if (draft.subtitle != null) {
                draft.subtitle = Typography.apply(draft.subtitle);
            }
            draft.id = Slug.unique(Slug.of(draft.title), ids);
        }
        drafts.removeIf(StubArticleRule::dropIfNoText);
        TranslationDetector.link(drafts);
        for (ArticleDraft draft : drafts) {
            if (draft.workingTitle && draft.translationOf != null) {
                // An untitled translation is best known by its original's title and its language.
                draft.title = titleOf(drafts, draft.translationOf) + " [" + draft.lang + "]";
                ids.remove(draft.id);
                draft.id = Slug.unique(Slug.of(draft.title), ids);
            }
        }
        List<String> sidecarNotes = lineEdits.notes(pieces);
        drafts = SidecarArticles.apply(overrides, drafts, pieces, sidecarNotes);
        List<Article> articles = new ArrayList<>();
        Map<Integer, Integer> linkNumbers = new HashMap<>();
        lines.stream().filter(l -> l.linkNumbers() > 0).forEach(l -> linkNumbers.put(l.number(), l.linkNumbers()));
        Map<ArticleDraft, List<Piece>> droppedAround = droppedAround(drafts, pieces);
        for (ArticleDraft draft : drafts) {
            if (draft.source == null) {
                draft.source = statedSource(droppedAround.get(draft));
            }
            articles.add(new Article(meta(draft, droppedAround.get(draft), linkNumbers), draft.blocks));
        }
        SeedReport report = report(lines, pieces, drafts, sidecarNotes);
        return new IngestResult(articles, report);
    }

    private ArticleMeta meta(ArticleDraft d, List<Piece> dropped, Map<Integer, Integer> linkNumbers) {
        return new ArticleMeta(d.id, d.title, d.subtitle, d.authors, d.date, d.dateline, d.source, d.lang,
                d.translationOf, seedName, d.firstLine() + "-" + d.lastLine(), EditLog.of(d, dropped, linkNumbers));
    }

    /** The publication a dropped "Republished from …" line names. */
    private static String statedSource(List<Piece> dropped) {
        for (Piece p : dropped) {
            if (ProvenanceLineRule.NAME.equals(p.drop.rule())) {
                String publication = ProvenanceLineRule.publication(p.text);
                if (publication != null) {
                    return publication;
                }
            }
        }
        return null;
    }

    /** Each dropped piece belongs to the last article that starts above it; none above, to the page. */
    private static Map<ArticleDraft, List<Piece>> droppedAround(List<ArticleDraft> drafts, List<Piece> pieces) {
        Map<ArticleDraft, List<Piece>> around = new HashMap<>();
        List<ArticleDraft> byStart = drafts.stream().sorted(Comparator.comparingInt(ArticleDraft::firstLine)).toList();
        byStart.forEach(d -> around.put(d, new ArrayList<>()));
        for (Piece p : pieces) {
            if (!p.isDropped()) {
                continue;
            }
            ArticleDraft owner = null;
            for (ArticleDraft d : byStart) {
                if (d.firstLine() <= p.chunk.firstLine()) {
                    owner = d;
                }
            }
            if (owner != null) {
                around.get(owner).add(p);
            }
        }
        return around;
    }

    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    private static Set<Integer> yearsIn(String text) {
        Set<Integer> years = new HashSet<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            years.add(Integer.parseInt(m.group()));
        }
        return years;
    }

    /** The dateline opening the first paragraph, and an announced date when the header gave none. */
    private static void readDatesAndPlaces(ArticleDraft draft, Set<Integer> seedYears) {
        List<Piece> kept = draft.body.stream().filter(p -> !p.isDropped()).toList();
        if (!kept.isEmpty() && draft.dateline == null) {
            draft.dateline = DatelineRule.find(kept.get(0).text);
        }
        for (Piece p : kept) {
            if (draft.date != null) {
                break;
            }
            draft.date = AnnouncedDateRule.find(p.text, seedYears);
        }
    }

    private static String titleOf(List<ArticleDraft> drafts, String id) {
        return drafts.stream().filter(d -> id.equals(d.id)).map(d -> d.title).findFirst().orElse(id);
    }

    /** The first words of the first paragraph, for an editor to replace. */
    static String workingTitle(List<Block> blocks) {
        for (Block block : blocks) {
            String text = Block.plainText(block).strip();
            if (!text.isEmpty()) {
                List<String> words = List.of(text.split("\\s+"));
                if (words.size() <= WORKING_TITLE_WORDS) {
                    return text;
                }
                return String.join(" ", words.subList(0, WORKING_TITLE_WORDS)).replaceAll("[,;:.]+$", "") + " …";
            }
        }
        return "Untitled";
    }

    private static String articleLanguage(ArticleDraft draft) {
        StringBuilder text = new StringBuilder(draft.title == null ? "" : draft.title);
        for (Piece p : draft.body) {
            if (!p.isDropped()) {
                text.append(' ').append(p.text);
            }
        }
        String lang = LanguageGuess.of(text.toString());
        return lang == null ? LanguageGuess.ENGLISH : lang;
    }

    private SeedReport report(List<SourceLine> lines, List<Piece> pieces, List<ArticleDraft> drafts,
            List<String> sidecarNotes) {
        int nonBlank = (int) lines.stream().filter(l -> !l.isBlank()).count();
        List<ArticleEntry> entries = new ArrayList<>();
        Set<Piece> inArticles = new HashSet<>();
        for (ArticleDraft d : drafts) {
            inArticles.addAll(d.keptPieces());
            entries.add(new ArticleEntry(d.id, d.title, d.workingTitle, d.authors, d.date, d.lang, d.translationOf,
                    d.firstLine(), d.lastLine(), d.linesUsed()));
        }
        List<DroppedLine> dropped = new ArrayList<>();
        for (Piece p : pieces) {
            if (p.isDropped()) {
                for (int n : p.chunk.lines()) {
                    dropped.add(new DroppedLine(n, lines.get(n - 1).text().strip(), p.drop.rule(), p.drop.why()));
                }
            } else if (!inArticles.contains(p)) {
                // Every kept chunk must belong to an article; one that does not is a bug in the splitter.
                throw new IllegalStateException("line " + p.chunk.firstLine() + " is neither kept nor dropped");
            }
        }
        dropped.sort(Comparator.comparingInt(DroppedLine::line));
        return new SeedReport(seedName, nonBlank, entries, dropped, PersonalDataScan.scan(lines, inArticles),
                overrides.fileName(), sidecarNotes);
    }
}
