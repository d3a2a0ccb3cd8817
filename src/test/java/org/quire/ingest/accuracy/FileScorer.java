package org.quire.ingest.accuracy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.quire.ingest.Ingest;
import org.quire.ingest.IngestResult;
import org.quire.model.ArticleMeta;

/**
 * Ingests one raw file and scores the result against its gold labelling.
 *
 * <p>Titles are scored over every gold article. An untitled gold article is right when ingest also found
 * no title in the text (it made up a working title, which the report flags for the editor); a titled one
 * is right when ingest found a title, not a working title, equal after normalisation. Authors are scored
 * over gold articles that state authors (same set of names), dates over gold articles that state a date
 * (same ISO string). A gold article ingest did not find is wrong on every count it enters.
 */
final class FileScorer {
    private static final int WORDS_SHOWN = 12;

    private FileScorer() {
    }

    static FileScore score(GoldFile file) throws IOException {
        String text = Files.readString(file.rawPath(), StandardCharsets.UTF_8);
        IngestResult result = Ingest.ingest(file.name(), text);
        List<IngestedArticle> ingest = new ArrayList<>();
        for (int i = 0; i < result.articles().size(); i++) {
            ingest.add(IngestedArticle.of(result.articles().get(i), result.report().articles().get(i)));
        }
        return score(file, ingest);
    }

    static FileScore score(GoldFile file, List<IngestedArticle> ingest) {
        List<GoldArticle> gold = file.articles();
        List<WordBag> goldWords = gold.stream().map(file::bodyWords).toList();
        List<WordBag> ingestWords = ingest.stream().map(IngestedArticle::bodyWords).toList();
        List<ArticleMatcher.Side> goldSides = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            goldSides.add(new ArticleMatcher.Side(file.spanStart(g), file.spanEnd(g), goldWords.get(g)));
        }
        List<ArticleMatcher.Side> ingestSides = new ArrayList<>();
        for (int i = 0; i < ingest.size(); i++) {
            IngestedArticle a = ingest.get(i);
            ingestSides.add(new ArticleMatcher.Side(a.entry().firstLine(), a.entry().lastLine(), ingestWords.get(i)));
        }
        List<ArticleMatcher.Match> matches = ArticleMatcher.match(goldSides, ingestSides);

        Findings findings = new Findings();
        RawLocator locator = new RawLocator(file.lines());
        Integer[] matchOf = new Integer[gold.size()];
        boolean[] ingestMatched = new boolean[ingest.size()];
        matches.forEach(m -> {
            matchOf[m.gold()] = m.ingest();
            ingestMatched[m.ingest()] = true;
        });

        int titlesRight = 0;
        int authors = 0;
        int authorsRight = 0;
        int dates = 0;
        int datesRight = 0;
        long tp = 0;
        List<BodyScore> bodies = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            GoldArticle ga = gold.get(g);
            String where = file.name() + ":" + file.spanStart(g) + "-" + file.spanEnd(g);
            authors += ga.authors().isEmpty() ? 0 : 1;
            dates += ga.date() == null ? 0 : 1;
            if (matchOf[g] == null) {
                findings.add(Findings.ARTICLES, "missed: " + where + " " + label(ga) + ", " + goldWords.get(g).size()
                        + " body words");
                continue;
            }
            IngestedArticle ia = ingest.get(matchOf[g]);
            ArticleMeta meta = ia.article().meta();
            String pair = where + " ↔ " + ia.id() + " (lines " + meta.lines() + ")";
            if (titleRight(ga, ia)) {
                titlesRight++;
            } else {
                findings.add(Findings.TITLES, pair + ": gold " + label(ga) + " vs ingest \"" + meta.title() + "\""
                        + (ia.entry().workingTitle() ? " (working title)" : ""));
            }
            if (!ga.authors().isEmpty()) {
                if (names(ga.authors()).equals(names(meta.authors()))) {
                    authorsRight++;
                } else {
                    findings.add(Findings.AUTHORS, pair + ": gold " + ga.authors() + " vs ingest " + meta.authors());
                }
            } else if (!meta.authors().isEmpty()) {
                findings.add(Findings.UNSCORED, pair + ": ingest authors " + meta.authors() + ", gold states none");
            }
            if (ga.date() != null) {
                if (ga.date().equals(meta.date())) {
                    datesRight++;
                } else {
                    findings.add(Findings.DATES, pair + ": gold " + ga.date() + " vs ingest " + meta.date());
                }
            } else if (meta.date() != null) {
                findings.add(Findings.UNSCORED, pair + ": ingest date " + meta.date() + ", gold states none");
            }
            if (ga.lang() != null && !ga.lang().equals(meta.lang())) {
                findings.add(Findings.LANGUAGES, pair + ": gold " + ga.lang() + " vs ingest " + meta.lang());
            }
            int common = goldWords.get(g).common(ingestWords.get(matchOf[g]));
            tp += common;
            bodies.add(new BodyScore(pair, ga, ia, goldWords.get(g), ingestWords.get(matchOf[g]), common));
        }
        for (int i = 0; i < ingest.size(); i++) {
            if (!ingestMatched[i]) {
                IngestedArticle ia = ingest.get(i);
                findings.add(Findings.ARTICLES, "extra: " + ia.id() + " (lines " + ia.article().meta().lines()
                        + ", title \"" + ia.article().meta().title() + "\", " + ingestWords.get(i).size()
                        + " body words): " + BodyDiff.clip(ia.bodyText()));
            }
        }
        bodies.sort(Comparator.comparingDouble(BodyScore::f1));
        for (BodyScore b : bodies) {
            b.describe(file, locator).ifPresent(s -> findings.add(Findings.BODIES, s));
        }
        List<String> residue = ResidueCheck.offenders(file, ingest);
        residue.forEach(r -> findings.add(Findings.RESIDUE, r));

        long goldTotal = goldWords.stream().mapToLong(WordBag::size).sum();
        long ingestTotal = ingestWords.stream().mapToLong(WordBag::size).sum();
        Counts counts = new Counts(gold.size(), ingest.size(), matches.size(), titlesRight, gold.size(), authorsRight,
                authors, datesRight, dates, tp, ingestTotal - tp, goldTotal - tp, residue.size());
        return new FileScore(file, counts, findings);
    }

    static boolean titleRight(GoldArticle gold, IngestedArticle ingest) {
        if (gold.title() == null) {
            return ingest.entry().workingTitle();
        }
        return !ingest.entry().workingTitle()
                && Objects.equals(Normalise.title(gold.title()), Normalise.title(ingest.article().meta().title()));
    }

    static Set<String> names(List<String> names) {
        return names.stream().map(Normalise::name).collect(Collectors.toSet());
    }

    private static String label(GoldArticle a) {
        return a.title() == null ? "(untitled)" : "\"" + a.title() + "\"";
    }

    /** A matched pair's body comparison. */
    private record BodyScore(String pair, GoldArticle gold, IngestedArticle ingest, WordBag goldWords,
            WordBag ingestWords, int common) {
        double f1() {
            return Counts.f1(common, ingestWords.size() - common, goldWords.size() - common);
        }

        java.util.Optional<String> describe(GoldFile file, RawLocator locator) {
            if (common == goldWords.size() && common == ingestWords.size()) {
                return java.util.Optional.empty();
            }
            StringBuilder s = new StringBuilder(pair).append(String.format(": F1 %.3f (%d gold words, %d ingest, %d shared)",
                    f1(), goldWords.size(), ingestWords.size(), common));
            List<String> missing = goldWords.surplusOver(ingestWords, WORDS_SHOWN);
            List<String> extra = ingestWords.surplusOver(goldWords, WORDS_SHOWN);
            if (!missing.isEmpty()) {
                s.append("\n  - missing words: ").append(String.join(", ", missing));
            }
            if (!extra.isEmpty()) {
                s.append("\n  - extra words: ").append(String.join(", ", extra));
            }
            BodyDiff.missingLines(file, gold, ingestWords).forEach(l -> s.append("\n  - missing ").append(l));
            BodyDiff.extraLeaves(file, gold, ingest, locator).forEach(l -> s.append("\n  - extra ").append(l));
            return java.util.Optional.of(s.toString());
        }
    }
}
