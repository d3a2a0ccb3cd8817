package org.quire.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Bilingual statements print the same text twice, one language after the other. When an article's body
 * switches language for a run of paragraphs, the run is cut off as an article of its own (titled by its
 * first line if that looks like a title); {@link TranslationDetector} then links the two.
 */
final class LanguageSwitchSplit {
    static final String NAME = "language-switch";
    /** Shorter runs are a quoted slogan or a sentence in another language, marked per paragraph. */
    static final int MIN_PARAGRAPHS = 3;
    static final int MIN_WORDS = 40;
    private static final int TELLING_WORDS = 4;
    /** "Donate: https://…" under the text points elsewhere; it heads nothing. */
    private static final Pattern LINK = Pattern.compile("(?i)://|\\bwww\\.");

    private LanguageSwitchSplit() {
    }

    static List<ArticleDraft> split(List<ArticleDraft> drafts) {
        List<ArticleDraft> out = new ArrayList<>();
        for (ArticleDraft draft : drafts) {
            ArticleDraft rest = draft;
            while (rest != null) {
                out.add(rest);
                rest = splitOnce(rest);
            }
        }
        return out;
    }

    /** Cuts the first run in another language off the draft; returns the new draft, or null. */
    static ArticleDraft splitOnce(ArticleDraft draft) {
        List<Piece> body = draft.body;
        String current = null;
        int currentWords = 0;
        for (int i = 0; i < body.size(); i++) {
            String lang = languageOf(body.get(i));
            if (lang == null) {
                continue;
            }
            if (current == null || !lang.equals(current) && currentWords < MIN_WORDS) {
                // A line or two before the text ("Read this post in English ↓") does not set its language.
                current = lang;
                currentWords = body.get(i).words();
            } else if (lang.equals(current)) {
                currentWords += body.get(i).words();
            } else if (isRun(body, i, lang)) {
                int start = headingAbove(body, i);
                ArticleDraft cut = new ArticleDraft();
                List<Piece> moved = new ArrayList<>(body.subList(start, body.size()));
                body.subList(start, body.size()).clear();
                Piece first = moved.get(0);
                if (TitleRule.looksLikeTitle(first.text) && !TitleRule.isNumbered(first.text)) {
                    cut.title = HeaderReader.cleanTitle(first.text);
                    cut.meta.add(first);
                    moved.remove(0);
                } else {
                    cut.workingTitle = true;
                }
                cut.body.addAll(moved);
                return cut;
            }
        }
        return null;
    }

    /**
     * A heading too short to tell its language ("Key Findings") right over the run, under text in the
     * other language, is the translation's title rather than the original's last line.
     */
    private static int headingAbove(List<Piece> body, int run) {
        int above = run - 1;
        while (above > 0 && body.get(above).isDropped()) {
            above--;
        }
        if (above <= 0 || body.get(above).isDropped() || languageOf(body.get(above)) != null) {
            return run;
        }
        String text = body.get(above).text;
        boolean heading = TitleRule.looksLikeTitle(text) && !TitleRule.isNumbered(text) && !Words.endsWithStop(text)
                && !LINK.matcher(text).find();
        return heading ? above : run;
    }

    private static boolean isRun(List<Piece> body, int start, String lang) {
        int paragraphs = 0;
        int words = 0;
        for (int i = start; i < body.size(); i++) {
            String l = languageOf(body.get(i));
            if (l == null) {
                continue;
            }
            if (!l.equals(lang)) {
                break;
            }
            paragraphs++;
            words += body.get(i).words();
        }
        return paragraphs >= MIN_PARAGRAPHS && words >= MIN_WORDS;
    }

    static String languageOf(Piece p) {
        if (p.isDropped() || p.words() < TELLING_WORDS) {
            return null;
        }
        return LanguageGuess.of(InlineBuilder.withoutNotes(p.text));
    }
}
