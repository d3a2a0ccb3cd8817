package org.quire.compose.index;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quire.model.Article;
import org.quire.model.Book;

/**
 * The back-of-book index as data: the curated entries of index.yaml and the names and acronyms the
 * finder adds, each with every place it occurs, sorted by the book's language and grouped by letter.
 * Page numbers come later, from the layout, through the anchors {@link #markOccurrences} puts in the book.
 *
 * <p>Rule "sub-entry-context": a sub-entry's phrase counts only in articles where its main entry occurs
 * too; "tariffs" under "Trump, Donald" should not collect every tariff in the book.
 *
 * <p>Rule "see-entry": an entry with "see" is a pointer, with no occurrences of its own.
 */
public final class BookIndex {
    private static final String ANCHOR_PREFIX = "ix-";

    private final List<IndexEntry> entries;
    private final List<IndexGroup> groups;
    private final List<Occurrence> occurrences;
    private final List<String> notes;

    private BookIndex(List<IndexEntry> entries, List<IndexGroup> groups, List<Occurrence> occurrences, List<String> notes) {
        this.entries = List.copyOf(entries);
        this.groups = List.copyOf(groups);
        this.occurrences = List.copyOf(occurrences);
        this.notes = List.copyOf(notes);
    }

    public static BookIndex build(Book book, IndexSpec spec) {
        return build(book, spec, Lexicon.standard());
    }

    public static BookIndex build(Book book, IndexSpec spec, Lexicon lexicon) {
        String language = book.meta() == null || book.meta().language() == null ? "en" : book.meta().language();
        Collator collator = Collator.getInstance(Locale.forLanguageTag(language));
        List<CuratedEntry> plans = new ArrayList<>(spec.entries());
        int curatedCount = plans.size();
        if (spec.auto()) {
            AutoTermPolicy policy = new AutoTermPolicy(spec);
            for (Candidate candidate : new TermFinder(lexicon).find(book)) {
                if (policy.verdict(candidate) == AutoTermPolicy.Verdict.INDEXED) {
                    plans.add(asEntry(candidate));
                }
            }
        }
        List<String> notes = new ArrayList<>();
        Map<Target, List<Occurrence>> found = scan(book, plans, notes);
        List<IndexEntry> entries = new ArrayList<>();
        for (int e = 0; e < plans.size(); e++) {
            IndexEntry entry = entry(plans.get(e), e, e < curatedCount, found, collator, notes);
            if (entry != null) {
                entries.add(entry);
            }
        }
        entries = resolveReferences(entries, plans, notes);
        Comparator<IndexEntry> order = order(collator);
        entries.sort(order);
        List<Occurrence> all = new ArrayList<>();
        found.values().forEach(all::addAll);
        List<Occurrence> distinct = all.stream().distinct()
                .sorted(Comparator.comparingInt(o -> anchorNumber(o.anchorId()))).toList();
        return new BookIndex(entries, group(entries, collator), distinct, notes);
    }

    /** Entries sorted by the book's collator, sub-entries sorted under them. */
    public List<IndexEntry> entries() {
        return entries;
    }

    public List<IndexGroup> groups() {
        return groups;
    }

    /** Every marked occurrence, in book order; an occurrence may serve a main entry and a sub-entry. */
    public List<Occurrence> occurrences() {
        return occurrences;
    }

    /** What an editor should look at: curated terms not found, references to no entry. */
    public List<String> notes() {
        return notes;
    }

    /** The same book with every occurrence wrapped in an {@code index-term} span carrying its anchor id. */
    public Book markOccurrences(Book book) {
        return IndexMarker.mark(book, occurrences);
    }

    /** A phrase of entry {@code entry}, or of its sub-entry {@code sub} (-1: the entry itself). */
    private record Target(int entry, int sub) {}

    private record Found(String articleId, int blockIndex, PhraseMatcher.Match<Target> match) {}

    private static CuratedEntry asEntry(Candidate candidate) {
        List<String> aliases = new ArrayList<>(candidate.variants().keySet());
        aliases.remove(candidate.headword());
        return new CuratedEntry(candidate.headword(), null, aliases, List.of(), null, List.of());
    }

    private static Map<Target, List<Occurrence>> scan(Book book, List<CuratedEntry> plans, List<String> notes) {
        PhraseMatcher<Target> matcher = new PhraseMatcher<>();
        for (int e = 0; e < plans.size(); e++) {
            CuratedEntry plan = plans.get(e);
            if (plan.see() != null) {
                continue;
            }
            for (String phrase : plan.phrases()) {
                matcher.add(phrase, new Target(e, -1));
            }
            for (int s = 0; s < plan.subEntries().size(); s++) {
                for (String phrase : plan.subEntries().get(s).phrases()) {
                    matcher.add(phrase, new Target(e, s));
                }
            }
        }
        Set<String> idsInUse = IndexMarker.idsInUse(book);
        Map<Target, List<Occurrence>> found = new LinkedHashMap<>();
        int next = 1;
        for (Article article : book.articles()) {
            List<Found> inArticle = new ArrayList<>();
            Set<Integer> entriesHere = new HashSet<>();
            for (int b = 0; b < article.blocks().size(); b++) {
                for (PhraseMatcher.Match<Target> match : matcher.find(BlockText.of(article.blocks().get(b)))) {
                    inArticle.add(new Found(article.meta().id(), b, match));
                    match.targets().stream().filter(t -> t.sub() < 0).forEach(t -> entriesHere.add(t.entry()));
                }
            }
            for (Found f : inArticle) {
                List<Target> targets = f.match().targets().stream()
                        .filter(t -> t.sub() < 0 || entriesHere.contains(t.entry())).toList();
                if (targets.isEmpty()) {
                    continue;
                }
                while (idsInUse.contains(ANCHOR_PREFIX + next)) {
                    next++;
                }
                Occurrence occurrence = new Occurrence(ANCHOR_PREFIX + next++, f.articleId(), f.blockIndex(),
                        f.match().start(), f.match().text());
                targets.forEach(t -> found.computeIfAbsent(t, k -> new ArrayList<>()).add(occurrence));
            }
        }
        return found;
    }

    private static IndexEntry entry(CuratedEntry plan, int e, boolean curated, Map<Target, List<Occurrence>> found,
            Collator collator, List<String> notes) {
        List<IndexEntry> subs = new ArrayList<>();
        for (int s = 0; s < plan.subEntries().size(); s++) {
            CuratedEntry sub = plan.subEntries().get(s);
            List<Occurrence> occurrences = found.getOrDefault(new Target(e, s), List.of());
            if (occurrences.isEmpty()) {
                notes.add("index: sub-entry '" + sub.term() + "' of '" + plan.term() + "' is not found with it");
            } else {
                subs.add(new IndexEntry(sub.term(), sortKey(sub), true, occurrences, List.of(), null, List.of()));
            }
        }
        subs.sort(order(collator));
        List<Occurrence> occurrences = found.getOrDefault(new Target(e, -1), List.of());
        if (occurrences.isEmpty() && subs.isEmpty() && plan.see() == null) {
            if (curated) {
                notes.add("index: '" + plan.term() + "' is not found in the book");
            }
            return null;
        }
        return new IndexEntry(plan.term(), sortKey(plan), curated, occurrences, subs, plan.see(), plan.seeAlso());
    }

    /**
     * A reference may name an entry by any of its phrases ("see Donald Trump"); it is printed with the
     * headword it leads to ("see Trump, Donald"). A reference that leads nowhere is kept and noted.
     */
    private static List<IndexEntry> resolveReferences(List<IndexEntry> entries, List<CuratedEntry> plans, List<String> notes) {
        Map<String, String> headwords = new HashMap<>();
        Set<String> kept = new HashSet<>();
        entries.forEach(entry -> kept.add(entry.headword()));
        for (CuratedEntry plan : plans) {
            if (kept.contains(plan.term())) {
                plan.phrases().forEach(p -> headwords.putIfAbsent(p.toLowerCase(Locale.ROOT), plan.term()));
            }
        }
        entries.forEach(entry -> headwords.put(entry.headword().toLowerCase(Locale.ROOT), entry.headword()));
        List<IndexEntry> resolved = new ArrayList<>();
        for (IndexEntry entry : entries) {
            String see = entry.see() == null ? null : resolve(entry.see(), entry, headwords, notes);
            List<String> seeAlso = entry.seeAlso().stream().map(r -> resolve(r, entry, headwords, notes)).toList();
            resolved.add(new IndexEntry(entry.headword(), entry.sortKey(), entry.curated(), entry.occurrences(),
                    entry.subEntries(), see, seeAlso));
        }
        return resolved;
    }

    private static String resolve(String reference, IndexEntry from, Map<String, String> headwords, List<String> notes) {
        String headword = headwords.get(reference.toLowerCase(Locale.ROOT));
        if (headword == null) {
            notes.add("index: '" + from.headword() + "' refers to '" + reference + "', which is not an entry");
            return reference;
        }
        return headword;
    }

    /** The editor's sort key, or the headword without leading quotes and punctuation. */
    private static String sortKey(CuratedEntry plan) {
        String key = plan.sort() != null ? plan.sort() : plan.term();
        int i = 0;
        while (i < key.length() && !Character.isLetterOrDigit(key.codePointAt(i))) {
            i += Character.charCount(key.codePointAt(i));
        }
        return i < key.length() ? key.substring(i) : key;
    }

    private static Comparator<IndexEntry> order(Collator collator) {
        return Comparator.comparing(IndexEntry::sortKey, collator).thenComparing(IndexEntry::headword);
    }

    private static List<IndexGroup> group(List<IndexEntry> sorted, Collator collator) {
        Map<String, List<IndexEntry>> byLetter = new LinkedHashMap<>();
        for (IndexEntry entry : sorted) {
            byLetter.computeIfAbsent(letter(entry.sortKey(), collator), l -> new ArrayList<>()).add(entry);
        }
        List<IndexGroup> groups = new ArrayList<>();
        byLetter.forEach((letter, entries) -> groups.add(new IndexGroup(letter, entries)));
        return groups;
    }

    /**
     * The group letter: the first letter without its accent ("É" → "E"), unless the language's collator
     * tells them apart at the level of letters (Spanish "Ñ" stays "Ñ").
     */
    static String letter(String sortKey, Collator collator) {
        if (sortKey.isEmpty() || !Character.isLetter(sortKey.codePointAt(0))) {
            return "#";
        }
        String first = new String(Character.toChars(sortKey.codePointAt(0))).toUpperCase(Locale.ROOT);
        String base = Normalizer.normalize(first, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        Collator letters = (Collator) collator.clone();
        letters.setStrength(Collator.PRIMARY);
        return !base.isEmpty() && letters.compare(first, base) == 0 ? base : first;
    }

    private static int anchorNumber(String anchorId) {
        return Integer.parseInt(anchorId.substring(ANCHOR_PREFIX.length()));
    }
}
