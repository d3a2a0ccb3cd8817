package org.quire.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts a file's chunks into articles. An article opens at a title-like line when the split is plain:
 * it is the file's first text; a byline, address or date line sits close under it; it follows a
 * date line that closed the article before; it follows a gap of two or more blank lines; or it names
 * an event with its date in brackets. After a feed's "See More" toggle, lines up to the next title
 * are the link card and are dropped. Where the editor's sidecar says an article starts, one does: titled
 * when the line looks like a title, else untitled.
 */
final class ArticleSplitter {
    static final String PAGE_HEADER = "page-header";
    static final String SPLIT_GAP = "gap";
    static final String PAGE_LINE = "page-line";

    /** "Rally at the Docks (May 1, Lisbon)": an event's name with its date, as archives title reports. */
    private static final Pattern EVENT_TITLE = Pattern.compile("\\(([^()]*)\\)\\s*$");
    private static final int PAGE_HEADER_WORDS = 60;
    /** "… news! Did you …": one sentence ends and another begins. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]\\s+[¡¿\"“]?\\p{Lu}");
    /** Articles with a date or byline under a section's heading that make it an archive's section. */
    private static final int SIGNED_BELOW_HEADER = 2;
    /**
     * A paragraph after a feed's "see more": longer than a card's teaser, or a shorter one of two sentences,
     * and not cut short as teasers are.
     */
    private static final int OPENED_TEXT_WORDS = 30;
    static final String LETTERHEAD = "letterhead";
    /** "Who: …", "Place: …", "Lugar: …": a detail under its one- or two-word label. */
    private static final Pattern LABELLED_FIELD = Pattern.compile("^\\p{Lu}\\p{L}*(?:\\s\\p{L}+)?:\\s+\\S");
    private static final Pattern INNER_SENTENCE = Pattern.compile("\\p{Ll}[.!?] \\p{Lu}");
    /** A line of a page's top: its name, a menu, a tagline, a line about the page. */
    private static final int PAGE_TOP_LINE_WORDS = 15;
    private static final String CARD_LINE = "link card under a post: the linked page's title, address or teaser";
    /** "📌 Pinned." is a label; a lead into a post says a little more. */
    private static final int LEAD_WORDS = 6;
    /** A titled top of a page is a few such lines: a name, a department, a section, a line about the page. */
    private static final int PAGE_TOP_LINES = 5;

    private final List<Piece> pieces;
    private final Set<Piece> forcedStarts;
    private final HeaderReader header;
    private final List<ArticleDraft> drafts = new ArrayList<>();
    private final Set<Integer> postHeaders;
    private final Set<ArticleDraft> posts = new HashSet<>();
    private ArticleDraft current;
    private boolean inLinkCard;
    private boolean closedByDate;
    /** Where the thread's later post being read ends (the next post's header), or -1. */
    private int threadPostEnd = -1;
    /** A date line set apart above a title: the next article's date, as blogs print it. */
    private Piece dateAbove;
    /**
     * A release's number set with that date: between the date and the title ("CONTRACT RELEASE: C07-03"), or over
     * the date ("NEWS RELEASE | Release ID 3390").
     */
    private final List<Piece> releaseLines = new ArrayList<>();

    private ArticleSplitter(List<Piece> pieces, Set<Piece> forcedStarts) {
        this.pieces = pieces;
        this.forcedStarts = forcedStarts;
        this.postHeaders = FeedPostRule.headers(pieces);
        this.header = new HeaderReader(pieces, forcedStarts, postHeaders);
    }

    static List<ArticleDraft> split(List<Piece> pieces) {
        return split(pieces, Set.of());
    }

    /** @param forcedStarts chunks where the editor says an article starts */
    static List<ArticleDraft> split(List<Piece> pieces, Set<Piece> forcedStarts) {
        return new ArticleSplitter(pieces, forcedStarts).run();
    }

    private List<ArticleDraft> run() {
        int i = 0;
        while (i < pieces.size()) {
            Piece p = pieces.get(i);
            if (p.isDropped()) {
                if (LinkCardRule.SEPARATOR.equals(p.drop.rule())) {
                    inLinkCard = !textGoesOn(i);
                    closedByDate = false;
                }
                i++;
                continue;
            }
            if (postHeaders.contains(i) && current != null && posts.contains(current) && FeedPostRule.isReply(pieces, i)) {
                // Another account's reply, set between a thread's posts or under a post: a reader's comment.
                int end = nextPostHeader(i + 1);
                for (int k = i; k < end; k++) {
                    pieces.get(k).drop(CommentSectionRule.NAME, "another account's reply to the post above");
                }
                i = end;
                continue;
            }
            if (postHeaders.contains(i) && continuesThread(i)) {
                // "2/3" under the post: the thread goes on, and so does the article it carries.
                ArticleDraft repeated = new ArticleDraft();
                i = FeedPostRule.read(pieces, i, repeated);
                for (Piece m : repeated.meta) {
                    if (!m.isDropped()) {
                        m.drop(FeedPostRule.NAME, "the header of a thread's later post: the thread's poster and date again");
                    }
                }
                inLinkCard = false;
                closedByDate = false;
                threadPostEnd = nextPostHeader(i);
                continue;
            }
            if (i < threadPostEnd && !postHeaders.contains(i)) {
                // A later post of the thread carries on the text: its subheadings open no article.
                current.body.add(p);
                i++;
                continue;
            }
            if (postHeaders.contains(i)) {
                current = new ArticleDraft();
                drafts.add(current);
                posts.add(current);
                i = FeedPostRule.read(pieces, i, current);
                int title = nextKept(i - 1);
                int under = nextKept(title);
                // "📌 Pinned", or "📝 New on the blog — the first of a series" over the post's title: its label.
                boolean label = title >= 0 && (TitleRule.looksLikeKicker(pieces.get(title).text)
                        || TitleRule.startsWithIcon(pieces.get(title).text) && under >= 0
                        && (gapBefore(under) == 0 || gapBefore(under) == 1 && isLeadSentence(title))
                        && TitleRule.looksLikeTitle(pieces.get(under).text));
                boolean led = label && under >= 0 && isLeadSentence(title) && (startsArticle(under) || headsPostText(under));
                if (led) {
                    // "📌 We look back at our first investigation." over "Key Findings": the poster's lead, a standfirst.
                    current.subtitle = HeaderReader.cleanTitle(TitleRule.withoutIcon(pieces.get(title).text));
                    current.meta.add(pieces.get(title));
                    title = under;
                    label = false;
                } else if (label && under >= 0 && (startsArticle(under) || opensPost(under))
                        && pieces.get(title).mayDrop(HeaderReader.KICKER)) {
                    pieces.get(title).drop(HeaderReader.KICKER, "the post's label above its title");
                    title = under;
                    label = false;
                }
                if (title >= 0 && !label && (led || startsArticle(title) || opensPost(title))) {
                    i = header.read(title, current);
                } else if (label) {
                    // A label over no title ("📌 Pinned" over a greeting) leaves the post untitled.
                    current.body.add(pieces.get(title));
                    i = title + 1;
                }
                inLinkCard = false;
                closedByDate = false;
                continue;
            }
            if (sitsAboveDatedTitle(i) && p.mayDrop(PAGE_LINE)) {
                p.drop(PAGE_LINE, "a short line set apart above a post's date and title: the page's, not a title");
                i++;
                continue;
            }
            if (isReleaseOverDate(i)) {
                releaseLines.add(p);
                i++;
                continue;
            }
            if (isDateAboveTitle(i)) {
                dropLetterhead(i, header.titleUnderDate(i));
                dateAbove = p;
                closedByDate = true;
                int next = nextKept(i);
                boolean numbered = MetaLineRule.isReleaseNumber(pieces.get(next).text);
                if (numbered) {
                    releaseLines.add(pieces.get(next));
                }
                i = numbered ? next + 1 : i + 1;
                continue;
            }
            if (isPostsCard(i) && (current.title == null || p.mayDrop(LinkCardRule.NAME))) {
                if (current.title == null) {
                    current.title = HeaderReader.cleanTitle(p.text);
                    current.meta.add(p);
                } else {
                    p.drop(LinkCardRule.NAME, CARD_LINE);
                }
                inLinkCard = true;
                i++;
                continue;
            }
            if (startsArticle(i) && isKickerOverTitle(i)) {
                p.drop(HeaderReader.KICKER, "a section or post-kind label above the title");
                i++;
                continue;
            }
            if (startsArticle(i) && shoutedRepeatAbove(i)) {
                p.drop(HeaderReader.TITLE_REPEAT, "the title in capitals over the title as written");
                i++;
                continue;
            }
            if (startsArticle(i)) {
                dropKickerAbove(i);
                ArticleDraft before = current;
                current = new ArticleDraft();
                drafts.add(current);
                i = header.read(i, current);
                if (before != null && posts.contains(before) && before.title == null) {
                    // A titled article under a post's untitled lead is the post's: its link card is still to come.
                    posts.add(current);
                }
                takeDateAbove();
                takePostsDate(before);
                inLinkCard = false;
                closedByDate = false;
                continue;
            }
            if (dateAbove != null) {
                // No title came after all: the date closed the article above.
                takeDateAbove();
            }
            if (forcedStarts.contains(p)) {
                startUntitled();
                inLinkCard = false;
                closedByDate = false;
            }
            if (inLinkCard) {
                if (current != null && current.title == null && !current.workingTitle
                        && FeedPostRule.isCardTitle(p.text)) {
                    current.title = HeaderReader.cleanTitle(p.text);
                    current.meta.add(p);
                } else if (TitleRule.looksLikeKicker(p.text) && startsArticle(nextKept(i))) {
                    p.drop(HeaderReader.KICKER, "section label above the title");
                } else {
                    p.drop(LinkCardRule.NAME, CARD_LINE);
                }
                if (p.isDropped()) {
                    i++;
                    continue;
                }
                // The editor keeps this line: it stays in the article above.
            }
            if (current == null) {
                startUntitled();
            }
            if (closesArticle(i)) {
                DateRule.Found found = DateRule.find(p.text);
                if (current.date == null && found != null) {
                    current.date = found.iso();
                }
                current.meta.add(p);
                closedByDate = true;
            } else if (opensWithDate(i)) {
                // An untitled post that opens with its date line ("📌 From the archive · May 2, 2024").
                current.date = MetaLineRule.parse(p.text).date();
                current.meta.add(p);
            } else {
                current.body.add(p);
                closedByDate = false;
            }
            i++;
        }
        dropPageHeader();
        FeedPostRule.dropStatusLines(drafts, posts);
        StubArticleRule.drop(drafts);
        return drafts;
    }

    /**
     * An article quoted whole in a post or a message ("Forwarding today's announcement:" and the article
     * under it) was published when the post went up, unless it says otherwise.
     */
    private void takePostsDate(ArticleDraft before) {
        if (current.date == null && before != null && posts.contains(before) && before.title == null
                && before.date != null && before.body.stream().mapToInt(Piece::words).sum() <= FeedPostRule.STATUS_WORDS) {
            current.date = before.date;
        }
    }

    private void takeDateAbove() {
        if (dateAbove == null) {
            return;
        }
        if (current == null) {
            startUntitled();
        }
        current.meta.add(dateAbove);
        current.meta.addAll(releaseLines);
        releaseLines.clear();
        DateRule.Found found = DateRule.find(dateAbove.text);
        if (current.date == null && found != null) {
            current.date = found.iso();
        }
        dateAbove = null;
    }

    /**
     * A date line alone, set off from the text above by a wide gap (or opening the page), with a title under
     * it that has no byline or date of its own: the date heads the next post.
     */
    private boolean isDateAboveTitle(int i) {
        int title = header.titleUnderDate(i);
        if (title < 0) {
            return false;
        }
        int above = previousKept(i);
        if (!releaseLines.isEmpty() && above >= 0 && releaseLines.get(releaseLines.size() - 1) == pieces.get(above)) {
            return true; // the release's number, set apart above, heads the date and the title with it
        }
        int after = nextKept(title);
        boolean titleHasOwnHeader = after >= 0 && signal(after) != HeaderSignal.NONE;
        boolean numbered = MetaLineRule.numbersDocument(pieces.get(i).text);
        boolean setOff = current == null
                || (current.body.isEmpty() || gapBefore(i) >= 2 || numbered) && gapBefore(title) <= gapBefore(i);
        // Right under a rule across the page, the line heads what follows even where the title has a date of its own.
        boolean underRule = i > 0 && pieces.get(i - 1).isDropped() && DividerRule.isRule(pieces.get(i - 1).text);
        // So does a date line set close on the title and far from the text above ("No. 13 · June 6, 2020").
        boolean onTitle = gapBefore(title) == 0 && (gapBefore(i) >= 2 || numbered);
        return setOff && (!titleHasOwnHeader || underRule || onTitle);
    }

    /**
     * One of a few short lines ("Share", "Showing posts about …") with a blank line under them, then a date
     * line with a title right under it and text after that: the date and title head the next post, and the
     * short lines above are the page's buttons or labels, not a title with its dek.
     */
    private boolean sitsAboveDatedTitle(int i) {
        if (dateAbove != null) {
            return false; // under a date that heads the next post: its title and dek
        }
        int date = i;
        do {
            if (!isShortLine(pieces.get(date).text)) {
                return false;
            }
            date = nextKept(date);
        } while (date >= 0 && gapBefore(date) == 0);
        int title = date < 0 ? -1 : header.titleUnderDate(date);
        if (title < 0 || gapBefore(title) > 0) {
            return false;
        }
        // Text soon under the title (a heading or question may open it): a post, not a list of dated links.
        for (int k = 0, after = nextKept(title); k < 2 && after >= 0; k++, after = nextKept(after)) {
            if (!TitleRule.looksLikeTitle(pieces.get(after).text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "NEWS RELEASE | Release ID 3390" set apart from the text above (or under a rule), with a date line set close
     * under it that heads a title: the release's header, number first.
     */
    private boolean isReleaseOverDate(int i) {
        if (!releaseLines.isEmpty()) {
            return false;
        }
        boolean underRule = i > 0 && pieces.get(i - 1).isDropped() && DividerRule.isRule(pieces.get(i - 1).text);
        return (current == null || gapBefore(i) >= 2 || underRule) && header.headsDatedTitle(i);
    }

    /** The offices' names between a release's date and its title: its letterhead. */
    private void dropLetterhead(int date, int title) {
        for (int k = date + 1; k < title; k++) {
            Piece p = pieces.get(k);
            if (!p.isDropped() && MetaLineRule.namesOffice(p.text) && p.mayDrop(LETTERHEAD)) {
                p.drop(LETTERHEAD, "the letterhead of the office issuing the release, over its title");
            }
        }
    }

    private static boolean isShortLine(String text) {
        return TitleRule.looksLikeTitle(text) && Words.count(text) <= StubArticleRule.SHORT_LINE_WORDS;
    }

    /**
     * Paragraphs of the post after its "see more" toggle: the feed was copied with the post opened out, so
     * the text goes on and no card follows yet. A card's teaser is short, or cut short with "…".
     */
    private boolean textGoesOn(int toggle) {
        int next = nextKept(toggle);
        if (next < 0) {
            return false;
        }
        int first = nextKept(next);
        int second = first < 0 ? -1 : nextKept(first);
        // The list the post was in goes on: a card holds no bulleted items.
        int before = previousKept(toggle);
        if (next == toggle + 1 && before == toggle - 1 && ListRule.isBullet(pieces.get(next).text)
                && ListRule.isBullet(pieces.get(before).text)) {
            return true;
        }
        // The toggle set close between lines of the text, and a sentence under it with more lines set close under
        // that: the opened-out post kept its toggle. A card's title ends in no full stop, and a card is set apart.
        boolean inText = next == toggle + 1 && before == toggle - 1 && first == next + 1
                && pieces.get(next).text.strip().matches("(?s).*\\p{Ll}[.!?:]$");
        if (inText) {
            return true;
        }
        // "Examples of what we ask:" over a bulleted list, set close: the post's text, which a card never lists.
        boolean leadsList = pieces.get(next).text.strip().endsWith(":") && first == next + 1 && ListRule.isBullet(pieces.get(first).text);
        if (leadsList) {
            return true;
        }
        if (TitleRule.looksLikeTitle(pieces.get(next).text) && second >= 0) {
            // A subheading of the opened-out post, then paragraphs: a card has one teaser at most. A paragraph
            // with the next subheading set right under it (nothing dropped between, as a card's address or
            // counters would be) goes on as well.
            boolean nextSection = first == next + 1 && second == first + 1 && isOpenedText(first)
                    && TitleRule.looksLikeTitle(pieces.get(second).text);
            return (isOpenedText(first) || endsSentence(first)) && isOpenedText(second) || nextSection;
        }
        return isOpenedText(next);
    }

    /** A sentence of some length, whole: no teaser cut short with "…". */
    private boolean endsSentence(int i) {
        String text = Words.withoutClosers(pieces.get(i).text.strip());
        return pieces.get(i).words() >= OPENED_TEXT_WORDS / 2 && text.matches("(?s).*[.!?]$") && !text.endsWith("...");
    }

    private boolean isOpenedText(int i) {
        String text = Words.withoutClosers(pieces.get(i).text.strip());
        int words = pieces.get(i).words();
        boolean paragraph = words > OPENED_TEXT_WORDS || words > OPENED_TEXT_WORDS / 2 && INNER_SENTENCE.matcher(text).find();
        return paragraph && !text.endsWith("…") && !text.endsWith("...");
    }

    /**
     * Under a feed post, a title-like line over a bare domain (or under one the page furniture dropped,
     * "EXAMPLE.ORG") is the link card of the article the post shares: a post with no title of its own takes
     * the card's ({@link FeedPostRule}).
     */
    private boolean isPostsCard(int i) {
        int next = nextKept(i);
        boolean underDomain = i > 0 && pieces.get(i - 1).isDropped() && LinkCardRule.NAME.equals(pieces.get(i - 1).drop.rule());
        return current != null && posts.contains(current) && !current.body.isEmpty()
                && TitleRule.looksLikeTitle(pieces.get(i).text)
                && (underDomain || next >= 0 && UrlLineRule.isBareDomain(pieces.get(next).text));
    }

    private boolean opensWithDate(int i) {
        return current.title == null && current.body.isEmpty() && current.date == null
                && signal(i) == HeaderSignal.DATE && MetaLineRule.parse(pieces.get(i).text).date() != null;
    }

    private void startUntitled() {
        current = new ArticleDraft();
        current.workingTitle = true;
        drafts.add(current);
    }

    private boolean startsArticle(int i) {
        if (i < 0 || i >= pieces.size()) {
            return false;
        }
        Piece p = pieces.get(i);
        // "March 2012" heads a stretch of a chronology (or an archive's month), never an article.
        if (p.isDropped() || p.chunk.code() || !looksLikeTitleAt(i) || TitleRule.isNumbered(p.text) || DateRule.isPeriod(p.text.strip())
                || signal(i) != HeaderSignal.NONE || MetaLineRule.isPostFooter(p.text) || postHeaders.contains(i)) {
            return false;
        }
        if (forcedStarts.contains(p)) {
            return true;
        }
        if (current == null && !inLinkCard) {
            return true;
        }
        if (current != null && current.title != null && TitleRule.repeats(current.title, p.text)) {
            return false;
        }
        if (closedByDate) {
            return true;
        }
        if (titledBySignal(i)) {
            return true;
        }
        if (inLinkCard) {
            return false;
        }
        // An "article" with no body before a wide gap is the page's masthead or a section's label (dropped
        // later as its header, or as a stub); one with a byline or date is an article whose text opens here.
        boolean masthead = current != null && current.body.isEmpty() && current.date == null && current.authors.isEmpty();
        if (current != null && (textStarted() || masthead) && gapBefore(i) >= 2) {
            return true;
        }
        // "NORTHPORT, Md. - The union …" under it: a news release's first paragraph, so this is its title (once
        // the article above has text: in its header, a label over the dateline is no title).
        int next = nextKept(i);
        if (next >= 0 && next == i + 1 && DatelineRule.find(pieces.get(next).text) != null
                && (current == null || current.body.stream().anyMatch(b -> b.words() > OPENED_TEXT_WORDS))) {
            return true;
        }
        var event = EVENT_TITLE.matcher(p.text);
        return event.find() && DateRule.find(event.group(1)) != null;
    }

    /**
     * The first line of a post is its title when it looks like one, leads into nothing (no closing colon)
     * and running text follows, perhaps after a dek. A post that shares a link is titled by the link's card,
     * unless the card repeats the first line.
     */
    private boolean opensPost(int title) {
        String text = pieces.get(title).text.strip();
        // A post's first line may run as long as a news headline, in one sentence: the post shares the release it heads.
        boolean headline = TitleRule.looksLikeTitle(text) || TitleRule.looksLikeHeadline(text) && !SENTENCE_BREAK.matcher(text).find();
        if (!headline || text.endsWith(":") || TitleRule.isNumbered(text) || TitleRule.looksLikeKicker(text)
                || hasCard(title) && !repeatedInPost(title)) {
            return false;
        }
        int next = nextKept(title);
        if (next >= 0 && TitleRule.looksLikeTitle(pieces.get(next).text)) {
            next = nextKept(next);
        }
        return next >= 0 && !TitleRule.looksLikeTitle(pieces.get(next).text) && !postHeaders.contains(next);
    }

    /** A whole sentence after the icon: the poster's lead into the post, not a label. */
    private boolean isLeadSentence(int i) {
        String text = pieces.get(i).text.strip();
        return Words.endsWithStop(text) && pieces.get(i).words() >= LEAD_WORDS && pieces.get(i).words() <= HeaderReader.SUBTITLE_WORDS;
    }

    /**
     * A heading right under the poster's lead, over running text, is the title of the text the post carries,
     * even when the post shares a link too: the card names the linked page, the heading the text.
     */
    private boolean headsPostText(int heading) {
        int next = nextKept(heading);
        String text = pieces.get(heading).text;
        return TitleRule.looksLikeTitle(text) && !TitleRule.isNumbered(text) && next >= 0 && gapBefore(next) == 0
                && isOpenedText(next) && !postHeaders.contains(next);
    }

    /** A link card (its domain, or the feed's toggle before it) under the line, before the next post. */
    private boolean hasCard(int from) {
        for (int k = from + 1; k < pieces.size() && !postHeaders.contains(k); k++) {
            Piece p = pieces.get(k);
            boolean cardLine = p.isDropped() ? LinkCardRule.NAME.equals(p.drop.rule()) || LinkCardRule.SEPARATOR.equals(p.drop.rule())
                    : UrlLineRule.isBareDomain(p.text);
            if (cardLine) {
                return true;
            }
        }
        return false;
    }

    private boolean repeatedInPost(int line) {
        for (int k = line + 1; k < pieces.size() && !postHeaders.contains(k); k++) {
            if (!pieces.get(k).isDropped() && TitleRule.repeats(pieces.get(line).text, pieces.get(k).text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The article above has text of its own. Under a byline or date, a few short lines (share buttons, the
     * issuing office) are still its header's leftovers, and a heading after them heads its first section.
     */
    private boolean textStarted() {
        if (current.date == null && current.authors.isEmpty()) {
            return !current.body.isEmpty();
        }
        return current.body.stream().anyMatch(b -> b.words() > PAGE_TOP_LINE_WORDS || Words.endsWithStop(b.text));
    }

    /** The post at this header is the second or a later post of a thread that the post before opened. */
    private int nextPostHeader(int from) {
        for (int k = from; k < pieces.size(); k++) {
            if (postHeaders.contains(k)) {
                return k;
            }
        }
        return pieces.size();
    }

    private boolean continuesThread(int header) {
        if (current == null || !posts.contains(current)) {
            return false;
        }
        for (int k = header + 1; k < pieces.size() && !postHeaders.contains(k); k++) {
            int post = pieces.get(k).isDropped() ? FeedCounterRule.threadPost(pieces.get(k).text)
                    : FeedCounterRule.leadingThreadPost(pieces.get(k).text);
            if (post > 0) {
                return post > 1;
            }
        }
        return false;
    }

    /**
     * A kicker ("Text", "CINEMA AND SCIENCE") right over a title-like line that is none: it labels that title.
     * A one-word title under a one-word kicker is told by the page: the kicker is printed over other posts too.
     */
    private boolean isKickerOverTitle(int i) {
        int next = nextKept(i);
        if (next < 0 || !TitleRule.looksLikeKicker(pieces.get(i).text)
                || gapBefore(next) > (shoutedOverCase(i, next) ? 1 : 0)) {
            return false;
        }
        String title = pieces.get(next).text;
        boolean kickerOverKicker = TitleRule.looksLikeKicker(title)
                && !(header.isPageLabel(pieces.get(i).text) && !header.isPageLabel(title));
        return TitleRule.looksLikeTitle(title) && !kickerOverKicker
                && signal(next) == HeaderSignal.NONE && pieces.get(i).mayDrop(HeaderReader.KICKER);
    }

    /**
     * "FIELD REPORT" set apart above, one blank line over a title in its own case: a label printed in
     * capitals stays the title's label across that blank line.
     */
    private boolean shoutedOverCase(int kicker, int title) {
        return Words.isAllCaps(pieces.get(kicker).text) && !Words.isAllCaps(pieces.get(title).text)
                && gapBefore(kicker) > 0;
    }

    /** The line in capitals, right over the same title in its own case. */
    private boolean shoutedRepeatAbove(int i) {
        int next = nextKept(i);
        return next >= 0 && gapBefore(next) == 0 && Words.isAllCaps(pieces.get(i).text)
                && !Words.isAllCaps(pieces.get(next).text) && TitleRule.repeats(pieces.get(i).text, pieces.get(next).text)
                && pieces.get(i).mayDrop(HeaderReader.TITLE_REPEAT);
    }

    /** Title-like, or a long headline with a byline or date right under it. */
    private boolean looksLikeTitleAt(int i) {
        String text = pieces.get(i).text;
        if (TitleRule.looksLikeTitle(text)) {
            return true;
        }
        int next = nextKept(i);
        return next >= 0 && TitleRule.looksLikeHeadline(text) && signal(next) != HeaderSignal.NONE;
    }

    private HeaderSignal signal(int i) {
        return HeaderSignal.of(pieces, i, inLinkCard);
    }

    /** A date line right after running text, before a new title or the end: the date the article closes with. */
    private boolean closesArticle(int i) {
        if (current.body.isEmpty() || !DateRule.isDateLine(pieces.get(i).text)) {
            return false;
        }
        int after = nextKept(i);
        if (posts.contains(current) && (after < 0 || postHeaders.contains(after))) {
            return true; // a channel prints the post's date under it, last
        }
        Piece before = current.body.get(current.body.size() - 1);
        if (TitleRule.looksLikeTitle(before.text)) {
            return false;
        }
        int next = nextKept(i);
        // "Time: 10 a.m." / "Date: April 2, 2008" / "Place: City Hall": an event's details, set close, in the text.
        boolean amongFields = pieces.get(i).chunk.blanksBefore() == 0 && (LABELLED_FIELD.matcher(before.text).find()
                || next >= 0 && gapBefore(next) == 0 && LABELLED_FIELD.matcher(pieces.get(next).text).find());
        if (amongFields) {
            return false;
        }
        return next < 0 || TitleRule.looksLikeTitle(pieces.get(next).text) || postHeaders.contains(next);
    }

    /**
     * Blank lines before the chunk, counting lines of dropped chunks right above it as blank. What is
     * dropped from inside running text (a caption, a divider, a box set in the text, see
     * {@link PageFurniture#droppedInsideText}) leaves no gap: past it only the wider of the blank runs around
     * it counts.
     */
    private int gapBefore(int i) {
        int gap = pieces.get(i).chunk.blanksBefore();
        for (int k = i - 1; k >= 0 && pieces.get(k).isDropped(); k--) {
            Chunk dropped = pieces.get(k).chunk;
            // Lines set flush between lines of text, no blank line on either side, were a box inside the text.
            boolean flush = dropped.blanksBefore() == 0 && pieces.get(k + 1).chunk.blanksBefore() == 0;
            if (PageFurniture.droppedInsideText(pieces.get(k)) || flush) {
                gap = Math.max(gap, dropped.blanksBefore());
            } else {
                gap += dropped.lines().size() + dropped.blanksBefore();
            }
        }
        return gap;
    }

    private int nextKept(int i) {
        return header.nextKept(i);
    }

    private void dropKickerAbove(int i) {
        if (current == null || dropSupraTitleAbove(i) || current.body.isEmpty()) {
            return;
        }
        Piece last = current.body.get(current.body.size() - 1);
        if (TitleRule.looksLikeKicker(last.text) && pieces.indexOf(last) == previousKept(i)) {
            last.drop(HeaderReader.KICKER, "section label above the title");
            if (last.isDropped()) {
                current.body.remove(current.body.size() - 1);
            }
        }
    }

    /**
     * A title-like line right above the title, with no blank line between: the supra-title that the title
     * block passed over ({@link TitleBlock}). It ended the article before, or opened one of its own.
     */
    private boolean dropSupraTitleAbove(int i) {
        int above = i - 1;
        if (above < 0 || pieces.get(i).chunk.blanksBefore() > 0 || pieces.get(above).isDropped()
                || !TitleRule.looksLikeTitle(pieces.get(above).text) || signal(above) != HeaderSignal.NONE || !titledBySignal(i)) {
            return false;
        }
        Piece supra = pieces.get(above);
        if (!supra.mayDrop(HeaderReader.KICKER)) {
            return false;
        }
        if (!current.body.isEmpty() && current.body.get(current.body.size() - 1) == supra) {
            current.body.remove(supra);
        } else if (current.meta.size() == 1 && current.meta.get(0) == supra && current.body.isEmpty()) {
            drafts.remove(current);
            current = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        } else {
            return false;
        }
        supra.drop(HeaderReader.KICKER, "supra-title above the title");
        return true;
    }

    /** The title of the header signal under it: the title block was read, and passed over the line above. */
    private boolean titledBySignal(int i) {
        int signal = header.firstSignalAfter(i, inLinkCard);
        return signal >= 0 && header.titleAbove(signal, inLinkCard) == i && !closesPost(signal);
    }

    /**
     * A byline with its date under the last paragraph, then the post's buttons and a divider or the page's end:
     * "Posted by Name on May 3, 2020" closes the post above; the subheading over it is no new title.
     */
    private boolean closesPost(int signal) {
        if (current == null || current.body.stream().noneMatch(b -> b.words() > OPENED_TEXT_WORDS)) {
            return false;
        }
        for (int k = signal + 1; k < pieces.size(); k++) {
            Piece p = pieces.get(k);
            if (!p.isDropped()) {
                return false;
            }
            if (DividerRule.NAME.equals(p.drop.rule())) {
                return true;
            }
        }
        return true;
    }

    private int previousKept(int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!pieces.get(k).isDropped()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A feed page opens with the page's own name and a line about it before the first post. Such a first
     * "article" has no byline, address or date and at most one short paragraph, and other articles follow.
     * So does a page whose top, before the first title, is only short lines (site name, menu, download
     * links, a line about the page). Under the site's name, a section's heading and its line about itself
     * ("CATEGORY: NEWS" / "Posts filed under News.") are the page's header too, when they are neither dated
     * nor signed, and articles that are follow them.
     */
    private void dropPageHeader() {
        int firstSigned = 0;
        while (firstSigned < drafts.size() && !isSigned(drafts.get(firstSigned))) {
            firstSigned++;
        }
        boolean signedBelow = drafts.subList(firstSigned, drafts.size()).stream().filter(ArticleSplitter::isSigned).count()
                >= SIGNED_BELOW_HEADER;
        for (int i = 0; i < drafts.size() - 1; i++) {
            ArticleDraft draft = drafts.get(i);
            if (posts.contains(draft)) {
                // Under the feed's header for a post: a post, however short.
                return;
            }
            if (draft.keptPieces().isEmpty()) {
                continue;
            }
            boolean sectionHead = signedBelow && i < firstSigned;
            if (!(i == 0 || sectionHead) || !isPageHeader(draft)) {
                return;
            }
            for (Piece p : draft.keptPieces()) {
                p.drop(PAGE_HEADER, "the page's name, menu and description above its first article");
            }
        }
        drafts.removeIf(d -> d.keptPieces().isEmpty());
    }

    private static boolean isSigned(ArticleDraft draft) {
        return draft.date != null || !draft.authors.isEmpty();
    }

    private boolean isPageHeader(ArticleDraft first) {
        boolean onlyTitle = first.meta.size() == 1 && first.subtitle == null;
        boolean shortBody = first.body.size() <= 1
                && first.body.stream().allMatch(p -> p.words() <= PAGE_HEADER_WORDS);
        boolean shortLinesOnTop = first.authors.isEmpty() && (first.workingTitle && first.date == null
                        || first.keptPieces().size() <= PAGE_TOP_LINES)
                && first.keptPieces().stream().allMatch(p -> p.words() <= PAGE_TOP_LINE_WORDS);
        return (!first.workingTitle && onlyTitle && shortBody) || shortLinesOnTop;
    }
}
