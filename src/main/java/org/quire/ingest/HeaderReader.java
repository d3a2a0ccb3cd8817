package org.quire.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an article's header, from its title to the last byline, address or date line close under it:
 * subtitle (dek), authors, date, source. Kickers and repeats of the title there are dropped; text that
 * is none of these stays for the body. A header never reaches past a line where the editor says another
 * article starts.
 */
final class HeaderReader {
    /** How far under a title a byline or date may sit, counted in kept chunks. */
    static final int REACH = 5;
    /** Signals of one header sit close together; a byline further down is the article's closing repeat. */
    static final int BETWEEN_SIGNALS = 3;
    /** Header chunks are short; a longer one is body text. */
    static final int HEADER_WORDS = 40;
    /** The first chunk under a title may be a standfirst of a few sentences. */
    static final int STANDFIRST_WORDS = 80;
    static final int SUBTITLE_WORDS = 30;

    static final String KICKER = "kicker";
    static final String TITLE_REPEAT = "title-repeat";

    private static final Pattern PARTICLE = Pattern.compile(
            "^(?:de|del|la|las|los|el|of|the|for|and|y|a|en|in|on|für|des|du|le)$");

    /** "Q1: …", "Name: …": a question or speaker label, never a dek. */
    private static final Pattern LABEL = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} .]{0,30}:(?:\\s|$)");

    private final List<Piece> pieces;
    private final Set<Piece> forcedStarts;
    /** Feed post headers ({@link FeedPostRule}): a header never reaches into the next post. */
    private final Set<Integer> postHeaders;
    private final PageLabels labels;
    /**
     * The page signs its posts at the foot with only the time ("Posted by Name at 10:15"): the date heads each
     * post instead, as a blog's date header over the title.
     */
    private final boolean timedFooters;

    /** @param forcedStarts chunks where the editor says an article starts */
    HeaderReader(List<Piece> pieces, Set<Piece> forcedStarts, Set<Integer> postHeaders) {
        this.pieces = pieces;
        this.forcedStarts = forcedStarts;
        this.postHeaders = postHeaders;
        this.labels = PageLabels.of(pieces);
        this.timedFooters = pieces.stream().anyMatch(p -> !p.chunk.code() && MetaLineRule.isPostFooter(p.text));
    }

    /** A short line the page prints more than once ({@link PageLabels}). */
    boolean isPageLabel(String text) {
        return labels.isLabel(text);
    }

    /** Index of the first header signal within reach of the title, or -1. */
    int firstSignalAfter(int titleIndex, boolean inLinkCard) {
        return signalAfter(titleIndex, inLinkCard, true);
    }

    /**
     * Index of the last header signal within reach of the title, or -1; -1 also when the signals belong
     * to another title further down (a page's name above its first post's title and address).
     */
    int lastSignalAfter(int titleIndex, boolean inLinkCard) {
        int first = signalAfter(titleIndex, inLinkCard, true);
        if (first < 0) {
            return -1;
        }
        int owner = titleAbove(first, inLinkCard);
        if (owner >= 0 && owner != titleIndex || headsTitleBelow(first, inLinkCard)) {
            return -1;
        }
        return signalAfter(titleIndex, inLinkCard, false);
    }

    private int signalAfter(int titleIndex, boolean inLinkCard, boolean first) {
        int last = -1;
        int between = 0;
        List<String> named = new ArrayList<>();
        for (int j = titleIndex + 1; j < pieces.size() && !postHeaders.contains(j); j++) {
            Piece p = pieces.get(j);
            if (forcedStarts.contains(p)) {
                break;
            }
            if (p.isDropped()) {
                // A rule across the page ("-----") set apart by a blank line sets articles apart (one right under a
                // line underlines it); a header never reaches past it.
                if (LinkCardRule.SEPARATOR.equals(p.drop.rule()) || setsArticlesApart(p)) {
                    break;
                }
                continue;
            }
            if (last >= 0 && wideGapAbove(j)) {
                // Two blank lines (or page furniture set apart by them) close a header that has a signal.
                break;
            }
            if (HeaderSignal.of(pieces, j, inLinkCard) != HeaderSignal.NONE) {
                // The byline printed again after some text closes the article; it is no header.
                List<String> authors = authorsOf(p);
                if (between > 0 && !authors.isEmpty() && named.containsAll(authors)) {
                    break;
                }
                named.addAll(authors);
                last = j;
                between = 0;
                if (first) {
                    return j;
                }
            } else if (!first && last >= 0 && ownsSignals(j, titleIndex, inLinkCard)) {
                break;
            } else if (p.words() > (between == 0 ? STANDFIRST_WORDS : HEADER_WORDS)
                    || ++between > (last < 0 ? REACH : BETWEEN_SIGNALS)) {
                break;
            }
        }
        return last;
    }

    /** A rule across the page ("-----") set apart by a blank line (one right under a line underlines it). */
    private static boolean setsArticlesApart(Piece p) {
        return DividerRule.isRule(p.text) && p.chunk.blanksBefore() > 0;
    }

    private static List<String> authorsOf(Piece p) {
        MetaLineRule.Meta meta = MetaLineRule.parse(p.text);
        return meta == null ? List.of() : meta.authors();
    }

    /**
     * The title a header signal belongs to: going up from the signal over short lines (not over an
     * address, another signal or a card; a standfirst may sit right above the signal), the title of the
     * title block there ({@link TitleBlock}), leaving out the names signing above a date. -1 when there
     * is none.
     */
    int titleAbove(int signalIndex, boolean inLinkCard) {
        if (headsTitleBelow(signalIndex, inLinkCard)) {
            return -1;
        }
        List<Integer> run = new ArrayList<>();
        for (int k = signalIndex - 1; k >= 0 && run.size() < REACH; k--) {
            Piece p = pieces.get(k);
            if (p.isDropped()) {
                String rule = p.drop.rule();
                // A post's hashtags close its text: a date under them is the post's closing line, not a header's.
                if (LinkCardRule.SEPARATOR.equals(rule) || LinkCardRule.NAME.equals(rule) || HashtagLineRule.NAME.equals(rule)
                        || setsArticlesApart(p)) {
                    break;
                }
                // A kicker dropped already still marks the line under it as the title.
                if (KICKER.equals(rule) && run.size() < REACH) {
                    run.add(0, k);
                }
                continue;
            }
            int longest = run.isEmpty() ? STANDFIRST_WORDS : SUBTITLE_WORDS;
            if (HeaderSignal.of(pieces, k, inLinkCard) != HeaderSignal.NONE || UrlLineRule.isUrl(p.text)
                    || p.words() > longest) {
                break;
            }
            run.add(0, k);
            if (forcedStarts.contains(p)) {
                break;
            }
        }
        // Names signing a statement sit right above its date; they are not its title.
        if (HeaderSignal.of(pieces, signalIndex, inLinkCard) == HeaderSignal.DATE) {
            while (!run.isEmpty() && allSignatories(run)) {
                run.remove(0);
            }
            int end = run.size();
            while (end > 0 && looksLikeSignatory(pieces.get(run.get(end - 1)).text) && !labelled(run, end - 1)) {
                end--;
            }
            run = new ArrayList<>(run.subList(0, end));
        }
        return TitleBlock.choose(pieces, run, labels);
    }

    /**
     * A kicker, a page's label or an interface label ("Press release") right above the line marks it as a title,
     * not a name signing above a date.
     */
    private boolean labelled(List<Integer> run, int m) {
        int line = run.get(m);
        if (line == 0 || pieces.get(line).chunk.blanksBefore() > 0) {
            return false;
        }
        Piece above = pieces.get(line - 1);
        boolean droppedLabel = above.isDropped()
                && (KICKER.equals(above.drop.rule()) || InterfacePhraseRule.NAME.equals(above.drop.rule()));
        return droppedLabel || TitleRule.looksLikeKicker(above.text) || labels.isLabel(above.text);
    }

    /**
     * "STATEMENT No. 13 · June 6, 1990" right on a title, set far from the text above or numbering the document:
     * the date heads the title under it. So does a date alone set far from the text above, with a title a blank
     * line under it and text under that: a blog's date header over its post.
     */
    private boolean headsTitleBelow(int signalIndex, boolean inLinkCard) {
        int below = signalIndex + 1;
        if (below >= pieces.size()) {
            return false;
        }
        if ((labelSetApartAbove(signalIndex) || timedFooters) && isDateHeader(signalIndex, inLinkCard)) {
            return true;
        }
        if (!wideGapAbove(signalIndex) && !MetaLineRule.numbersDocument(pieces.get(signalIndex).text)) {
            return false;
        }
        return isTitleRightUnder(below, inLinkCard)
                || wideGapAbove(signalIndex) && (isDateHeader(signalIndex, inLinkCard) || headsDatedTitle(signalIndex));
    }

    /**
     * "NOTA DE PRENSA" right over a date line with no name, a blank line over the label: the page heads the
     * release with its kind and date, and the title comes a blank line under them.
     */
    private boolean labelSetApartAbove(int signalIndex) {
        Piece signal = pieces.get(signalIndex);
        if (signalIndex == 0 || signal.chunk.blanksBefore() > 0) {
            return false;
        }
        Piece label = pieces.get(signalIndex - 1);
        boolean kicker = label.isDropped()
                ? KICKER.equals(label.drop.rule()) || InterfacePhraseRule.NAME.equals(label.drop.rule())
                : TitleRule.looksLikeKicker(label.text);
        return kicker && (signalIndex == 1 || label.chunk.blanksBefore() > 0);
    }

    /** A date line with no name, a blank line over a title that has no signal of its own and text under it. */
    private boolean isDateHeader(int signalIndex, boolean inLinkCard) {
        MetaLineRule.Meta meta = MetaLineRule.parse(pieces.get(signalIndex).text);
        int below = signalIndex + 1;
        Piece title = pieces.get(below);
        return meta != null && meta.authors().isEmpty() && meta.date() != null && !title.isDropped()
                && title.chunk.blanksBefore() == 1 && TitleRule.looksLikeTitle(title.text)
                && HeaderSignal.of(pieces, below, inLinkCard) == HeaderSignal.NONE && followedByProse(below)
                && !titlesSignalsBelow(below, inLinkCard);
    }

    /** The title-like line under a date line without a name, when it has no byline or date of its own; else -1. */
    int titleUnderDate(int date) {
        MetaLineRule.Meta meta = MetaLineRule.parse(pieces.get(date).text);
        if (meta == null || meta.date() == null || !meta.authors().isEmpty()) {
            return -1;
        }
        int title = nextKept(date);
        if (title >= 0 && MetaLineRule.isReleaseNumber(pieces.get(title).text)) {
            title = nextKept(title);
        }
        // "U.S. Department of the Interior" over the title: the letterhead of the office issuing the release.
        for (int under = nextKept(title); title >= 0 && MetaLineRule.namesOffice(pieces.get(title).text) && under >= 0
                && TitleRule.looksLikeTitle(pieces.get(under).text); under = nextKept(under)) {
            title = under;
        }
        boolean titled = title >= 0 && !postHeaders.contains(title) && TitleRule.looksLikeTitle(pieces.get(title).text)
                && HeaderSignal.of(pieces, title, false) == HeaderSignal.NONE;
        return titled ? title : -1;
    }

    /**
     * A line of metadata with no date and no name ("NEWS RELEASE | Release ID 3390") with a date line set close
     * under it (nothing but dropped lines between, no blank line) that heads a title.
     */
    boolean headsDatedTitle(int index) {
        MetaLineRule.Meta meta = MetaLineRule.parse(pieces.get(index).text);
        if (pieces.get(index).isDropped() || meta == null || meta.date() != null || !meta.authors().isEmpty()) {
            return false;
        }
        int date = index + 1;
        while (date < pieces.size() && pieces.get(date).isDropped() && pieces.get(date).chunk.blanksBefore() == 0) {
            date++;
        }
        return date < pieces.size() && !pieces.get(date).isDropped() && pieces.get(date).chunk.blanksBefore() == 0
                && titleUnderDate(date) >= 0;
    }

    /** The index of the first piece after {@code index} that no rule dropped, or -1. */
    int nextKept(int index) {
        for (int k = index + 1; k < pieces.size(); k++) {
            if (!pieces.get(k).isDropped()) {
                return k;
            }
        }
        return -1;
    }

    /** A kept title-like line with no blank line above it, and no byline or date itself. */
    private boolean isTitleRightUnder(int index, boolean inLinkCard) {
        Piece p = pieces.get(index);
        return !p.isDropped() && p.chunk.blanksBefore() == 0 && TitleRule.looksLikeTitle(p.text)
                && HeaderSignal.of(pieces, index, inLinkCard) == HeaderSignal.NONE;
    }

    /** Two or more blank lines right above the piece, or above the dropped pieces right above it. */
    private boolean wideGapAbove(int j) {
        int gap = pieces.get(j).chunk.blanksBefore();
        for (int k = j - 1; k >= 0 && pieces.get(k).isDropped(); k--) {
            gap = Math.max(gap, pieces.get(k).chunk.blanksBefore());
        }
        return gap >= 2;
    }

    /**
     * A title-like line right under the header's last signal, with text under it, when what stood above the
     * signals was only a kicker; else -1.
     */
    private int titleUnderSignals(int titleIndex, int last) {
        int under = last + 1;
        if (!TitleRule.looksLikeKicker(pieces.get(titleIndex).text) || !pieces.get(titleIndex).mayDrop(KICKER)
                || under >= pieces.size() || postHeaders.contains(under)) {
            return -1;
        }
        boolean title = isTitleRightUnder(under, false) && !TitleRule.looksLikeKicker(pieces.get(under).text)
                && followedByProse(under);
        return title ? under : -1;
    }

    /** The line is the title of the byline or date under it, so it is no other line's subtitle. */
    private boolean titlesSignalsBelow(int j, boolean inLinkCard) {
        int signal = signalAfter(j, inLinkCard, true);
        return signal >= 0 && titleAbove(signal, inLinkCard) == j;
    }

    /** Another title below this one, with signals of its own: the next article's header. */
    private boolean ownsSignals(int j, int titleIndex, boolean inLinkCard) {
        String text = pieces.get(j).text;
        if (!TitleRule.looksLikeTitle(text) || TitleRule.repeats(pieces.get(titleIndex).text, text)) {
            return false;
        }
        return titlesSignalsBelow(j, inLinkCard);
    }

    private boolean allSignatories(List<Integer> indices) {
        return indices.stream().allMatch(k -> looksLikeSignatory(pieces.get(k).text));
    }

    /** Fills the draft's header from the title at {@code titleIndex}; returns the index after the header. */
    int read(int titleIndex, ArticleDraft draft) {
        dateSpelled = false;
        Piece titlePiece = pieces.get(titleIndex);
        draft.title = cleanTitle(titlePiece.text);
        draft.meta.add(titlePiece);
        int last = lastSignalAfter(titleIndex, false);
        if (last < 0) {
            return readSubtitleOnly(titleIndex, draft);
        }
        List<Integer> zone = new ArrayList<>();
        for (int j = titleIndex + 1; j <= last; j++) {
            if (!pieces.get(j).isDropped()) {
                zone.add(j);
            }
        }
        boolean hasByline = zone.stream().anyMatch(j -> HeaderSignal.of(pieces, j, false) == HeaderSignal.BYLINE);
        List<Piece> rest = new ArrayList<>();
        for (int k = 0; k < zone.size(); k++) {
            int j = zone.get(k);
            Piece p = pieces.get(j);
            HeaderSignal signal = HeaderSignal.of(pieces, j, false);
            if (signal != HeaderSignal.NONE) {
                take(signal, p, draft);
            } else if (TitleRule.repeats(draft.title, p.text) && p.mayDrop(TITLE_REPEAT)) {
                p.drop(TITLE_REPEAT, "the title again, as the page repeats it");
            } else if (TitleRule.looksLikeKicker(p.text) && p.mayDrop(KICKER)) {
                p.drop(KICKER, "section label above the title");
            } else if (!hasByline && isSignatoryBeforeDate(zone, k)) {
                BylineRule.names(p.text).forEach(draft::addAuthor);
                draft.meta.add(p);
            } else if (draft.subtitle == null && rest.isEmpty() && p.words() <= SUBTITLE_WORDS
                    && !LABEL.matcher(p.text).find() && !Words.isAllCaps(p.text) && DatelineRule.find(p.text) == null) {
                draft.subtitle = cleanTitle(p.text);
                draft.meta.add(p);
            } else {
                rest.add(p);
            }
        }
        int under = titleUnderSignals(titleIndex, last);
        if (under >= 0 && rest.isEmpty() && draft.subtitle == null) {
            // "Habits" / "Sep 6, 2022 — Name" / "Ending The Night Shift": the kicker, the byline, then the title.
            draft.meta.remove(titlePiece);
            titlePiece.drop(KICKER, "section label above the byline and title");
            draft.title = cleanTitle(pieces.get(under).text);
            draft.meta.add(pieces.get(under));
            return under + 1;
        }
        draft.body.addAll(rest);
        takeDateGluedToImage(last + 1, draft);
        List<Piece> after = new ArrayList<>();
        for (int j = last + 1; j < pieces.size() && after.size() < 2 && !postHeaders.contains(j); j++) {
            if (!pieces.get(j).isDropped()) {
                after.add(pieces.get(j));
            }
        }
        int taken = StandfirstRule.read(draft, rest, after);
        return taken == 0 ? last + 1 : pieces.indexOf(after.get(taken - 1)) + 1;
    }

    /**
     * A feed may glue the poster's name and the post's date to an image's file name right under the
     * header ("photo.jpegPage Name Mar 16, 2025 05:11"). The line is dropped as a file name; its date is
     * still the article's when the header gave none.
     */
    private void takeDateGluedToImage(int from, ArticleDraft draft) {
        for (int j = from; j < pieces.size() && pieces.get(j).isDropped() && draft.date == null; j++) {
            Piece p = pieces.get(j);
            DateRule.Found found = ImageRule.FILE.equals(p.drop.rule()) ? DateRule.find(p.text) : null;
            if (found != null && found.hasYear()) {
                draft.date = found.iso();
            }
        }
    }

    /** A dek sits right under its title; past a list or a menu of the page, a title-like line is another heading. */
    private int readSubtitleOnly(int titleIndex, ArticleDraft draft) {
        int next = titleIndex + 1;
        boolean furnitureBetween = false;
        while (next < pieces.size() && pieces.get(next).isDropped()
                && !LinkCardRule.SEPARATOR.equals(pieces.get(next).drop.rule())) {
            furnitureBetween |= ListBoxRule.NAME.equals(pieces.get(next).drop.rule());
            next++;
        }
        boolean titleLike = next < pieces.size() && !furnitureBetween && !pieces.get(next).isDropped()
                && !forcedStarts.contains(pieces.get(next)) && TitleRule.looksLikeTitle(pieces.get(next).text)
                && !LABEL.matcher(pieces.get(next).text).find() && DatelineRule.find(pieces.get(next).text) == null
                && followedByProse(next) && !titlesSignalsBelow(next, false);
        if (titleLike && next == titleIndex + 1 && TitleBlock.namesSection(pieces.get(titleIndex))
                && pieces.get(next).words() <= pieces.get(titleIndex).words()
                && pieces.get(titleIndex).mayDrop(KICKER)) {
            // "Night shifts" right over "#LogOff": the short line is the section, the one under it the title
            // (a longer line under a short title is its dek).
            draft.meta.remove(pieces.get(titleIndex));
            pieces.get(titleIndex).drop(KICKER, "section label above the title");
            draft.title = cleanTitle(pieces.get(next).text);
            draft.meta.add(pieces.get(next));
            return next + 1;
        }
        if (titleLike && !TitleRule.looksLikeKicker(pieces.get(next).text)) {
            draft.subtitle = cleanTitle(pieces.get(next).text);
            draft.meta.add(pieces.get(next));
            return next + 1;
        }
        return titleIndex + 1;
    }

    /** The next kept chunk is running text, so the title-like line between is a dek, not a heading over nothing. */
    private boolean followedByProse(int index) {
        for (int j = index + 1; j < pieces.size(); j++) {
            Piece p = pieces.get(j);
            if (!p.isDropped()) {
                return !TitleRule.looksLikeTitle(p.text);
            }
        }
        return false;
    }

    private void take(HeaderSignal signal, Piece p, ArticleDraft draft) {
        draft.meta.add(p);
        switch (signal) {
            case BYLINE, DATE -> {
                MetaLineRule.Meta parsed = MetaLineRule.parse(p.text);
                MetaLineRule.Meta meta = parsed != null ? parsed : MetaLineRule.namesBesideDate(p.text);
                meta.authors().forEach(draft::addAuthor);
                if (draft.source == null) {
                    draft.source = meta.source();
                }
                takeDate(draft, meta.date(), meta.dateSpelled());
            }
            case ADDRESS -> {
                if (draft.source == null) {
                    draft.source = p.text.strip();
                }
            }
            case FOLLOWED_NAME -> BylineRule.names(p.text).forEach(draft::addAuthor);
            default -> throw new IllegalStateException(signal.name());
        }
    }

    /** A date spelled with a month name wins over an all-digit one, whose order (m/d or d/m) is a guess. */
    private boolean dateSpelled;

    private void takeDate(ArticleDraft draft, String iso, boolean spelled) {
        if (iso == null) {
            return;
        }
        if (draft.date == null || (spelled && !dateSpelled)) {
            draft.date = iso;
            dateSpelled = spelled;
        }
    }

    /** Short names on their own lines right above the date line: the groups that sign a statement. */
    private boolean isSignatoryBeforeDate(List<Integer> zone, int k) {
        for (int m = k; m < zone.size(); m++) {
            int j = zone.get(m);
            HeaderSignal signal = HeaderSignal.of(pieces, j, false);
            if (signal == HeaderSignal.DATE) {
                return m > k;
            }
            if (signal != HeaderSignal.NONE || !looksLikeSignatory(pieces.get(j).text)) {
                return false;
            }
        }
        return false;
    }

    /** A name, or a group's: a few capitalised words that neither exclaim nor ask. */
    static boolean looksLikeSignatory(String text) {
        String end = Words.withoutClosers(text.strip());
        if (!TitleRule.looksLikeTitle(text) || Words.count(text) > 8 || end.endsWith("!") || end.endsWith("?")) {
            return false;
        }
        for (String word : text.strip().split("\\s+")) {
            String bare = word.replaceAll("^[(\\[]+|[)\\],]+$", "");
            if (!bare.isEmpty() && Character.isLowerCase(bare.charAt(0)) && !PARTICLE.matcher(bare).matches()) {
                return false;
            }
        }
        return true;
    }

    static String cleanTitle(String text) {
        return text.strip().replaceAll("\\s+[–—\\-|]+$", "").replaceAll("\\s+", " ");
    }
}
