package org.quire.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quire.markdown.FrontMatter;
import org.quire.sidecar.ArticleOverride;
import org.quire.sidecar.FieldEdit;
import org.quire.sidecar.Overrides;

/**
 * The sidecar's word on whole articles, applied once ingest has read them all: each override finds its
 * article (by a line it holds, or by the id ingest gave it) before any is changed, then the article is
 * left out or given the editor's metadata. Ids stay unique within the seed; translation links follow a
 * renamed article and are let go when their original is left out.
 */
final class SidecarArticles {
    static final String DROPPED_WHY = "the article is dropped by the editor's sidecar";

    private final Overrides overrides;
    private final List<ArticleDraft> drafts;
    private final List<Piece> pieces;
    private final List<String> notes;

    private SidecarArticles(Overrides overrides, List<ArticleDraft> drafts, List<Piece> pieces, List<String> notes) {
        this.overrides = overrides;
        this.drafts = new ArrayList<>(drafts);
        this.pieces = pieces;
        this.notes = notes;
    }

    /**
     * @param notes what the sidecar did, for the report; added to
     * @return the drafts left in, in their order
     */
    static List<ArticleDraft> apply(Overrides overrides, List<ArticleDraft> drafts, List<Piece> pieces,
            List<String> notes) {
        return new SidecarArticles(overrides, drafts, pieces, notes).run();
    }

    private List<ArticleDraft> run() {
        Map<ArticleDraft, ArticleOverride> targets = new LinkedHashMap<>();
        for (ArticleOverride o : overrides.articles()) {
            ArticleDraft draft = find(o);
            ArticleOverride earlier = targets.put(draft, o);
            if (earlier != null) {
                throw overrides.error(o.sidecarLine(), o.target() + " is '" + draft.id
                        + "', which the sidecar already names at line " + earlier.sidecarLine() + "; merge the two");
            }
        }
        followRenames(targets);
        targets.forEach((draft, o) -> {
            if (o.drop()) {
                drop(draft);
            } else {
                edit(draft, o);
            }
        });
        checkIdsUnique(targets);
        return drafts;
    }

    /** Translation links name the original by id, so they follow the ids the sidecar changes. */
    private void followRenames(Map<ArticleDraft, ArticleOverride> targets) {
        Map<String, String> renamed = new HashMap<>();
        targets.forEach((draft, o) -> o.field(FrontMatter.ID).ifPresent(f -> renamed.put(draft.id, f.value())));
        for (ArticleDraft d : drafts) {
            if (d.translationOf != null) {
                d.translationOf = renamed.getOrDefault(d.translationOf, d.translationOf);
            }
        }
    }

    private ArticleDraft find(ArticleOverride o) {
        if (o.at() > 0) {
            for (ArticleDraft d : drafts) {
                if (d.firstLine() <= o.at() && o.at() <= d.lastLine()) {
                    return d;
                }
            }
            throw overrides.error(o.sidecarLine(), "line " + o.at() + " is in no article" + whyNot(o.at())
                    + "; 'at' takes a line the article holds (the report lists each article's lines)");
        }
        for (ArticleDraft d : drafts) {
            if (d.id.equals(o.article())) {
                return d;
            }
        }
        throw overrides.error(o.sidecarLine(), "no article of this seed has the id '" + o.article() + "' (its ids: "
                + String.join(", ", drafts.stream().map(d -> d.id).toList()) + ")");
    }

    /** ": rule x dropped it" when a rule left the line out, so the editor knows to keep it first. */
    private String whyNot(int line) {
        for (Piece p : pieces) {
            if (p.chunk.lines().contains(line) && p.isDropped()) {
                return ": " + p.drop.rule() + " dropped it";
            }
        }
        return "";
    }

    private void drop(ArticleDraft draft) {
        notes.add(draft.id + " (lines " + draft.firstLine() + "–" + draft.lastLine() + ") dropped");
        for (Piece p : draft.keptPieces()) {
            p.dropByEditor(DROPPED_WHY);
        }
        drafts.remove(draft);
        for (ArticleDraft d : drafts) {
            if (draft.id.equals(d.translationOf)) {
                d.translationOf = null;
                notes.add(d.id + " is no longer marked a translation: its original " + draft.id + " is dropped");
            }
        }
    }

    private void edit(ArticleDraft d, ArticleOverride o) {
        String ingestId = d.id;
        String lines = " (lines " + d.firstLine() + "–" + d.lastLine() + ")";
        List<String> set = new ArrayList<>();
        List<String> emptied = new ArrayList<>();
        for (FieldEdit edit : o.fields()) {
            String value = edit.value();
            (value == null ? emptied : set).add(edit.key());
            switch (edit.key()) {
                case FrontMatter.TITLE -> {
                    d.title = Typography.apply(value);
                    d.workingTitle = false;
                    d.titleByEditor = true;
                }
                case FrontMatter.SUBTITLE -> d.subtitle = value == null ? null : Typography.apply(value);
                case FrontMatter.AUTHOR -> {
                    d.authors.clear();
                    edit.values().forEach(d::addAuthor);
                }
                case FrontMatter.DATE -> d.date = value;
                case FrontMatter.DATELINE -> d.dateline = value;
                case FrontMatter.SOURCE -> d.source = value;
                case FrontMatter.LANG -> d.lang = value;
                case FrontMatter.TRANSLATION_OF -> d.translationOf = value;
                case FrontMatter.ID -> d.id = value;
                default -> throw new IllegalStateException("no article field " + edit.key());
            }
        }
        List<String> done = new ArrayList<>();
        if (!set.isEmpty()) {
            done.add(String.join(", ", set) + " set by the sidecar");
        }
        if (!emptied.isEmpty()) {
            done.add(String.join(", ", emptied) + " emptied by the sidecar");
        }
        notes.add(d.id + lines + ": " + String.join("; ", done)
                + (ingestId.equals(d.id) ? "" : " (ingest's id: " + ingestId + ")"));
    }

    /** A new id must not be one another article of the seed already has. */
    private void checkIdsUnique(Map<ArticleDraft, ArticleOverride> targets) {
        Map<String, ArticleDraft> byId = new HashMap<>();
        for (ArticleDraft d : drafts) {
            ArticleDraft other = byId.put(d.id, d);
            if (other != null) {
                int line = Math.max(idLine(targets.get(d)), idLine(targets.get(other)));
                throw overrides.error(line, "two articles of this seed would have the id '" + d.id + "'; choose another");
            }
        }
    }

    /** The sidecar line that sets the article's id, or 0. */
    private static int idLine(ArticleOverride o) {
        return o == null ? 0 : o.field(FrontMatter.ID).map(FieldEdit::sidecarLine).orElse(0);
    }
}
