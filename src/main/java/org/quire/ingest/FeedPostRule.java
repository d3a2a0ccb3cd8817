package org.quire.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A social feed heads each post with the page's name over the post's date ("Page Name" / "March 3,
 * 2020 · 🌐") or over its follower count and age ("1,234 followers" / "2d •"). The same name over a date
 * or counter line, twice or more in a file, marks where posts begin: the
 * name is the feed's furniture, the date is the post's. A post without a title line of its own takes
 * the title of the link card under it, the linked article's; a short post with neither is a status
 * line sharing a video or a link, no article.
 */
final class FeedPostRule {
    static final String NAME = "post-header";
    private static final int MIN_POSTS = 2;
    /** A post of more words than this is text of its own, titled or not. */
    static final int STATUS_WORDS = 50;
    /** "@name" or "@name@instance.example" closing the line. */
    private static final Pattern HANDLE = Pattern.compile(
            "\\s@[\\p{L}\\p{N}_.]+(?:@[\\p{L}\\p{N}_.-]+\\.[\\p{L}]{2,})?$");
    private static final int HANDLE_NAME_WORDS = 5;
    private static final int POST_TIME_WORDS = 9;
    private static final Pattern POST_CLOCK = Pattern.compile("(?i)\\b(?:a las|at)\\s+\\d{1,2}:\\d{2}");
    /** What a feed sets between a poster's name and the date: "unread,", a lone "·". */
    private static final Set<String> HEADER_FURNITURE = Set.of(InterfacePhraseRule.NAME, DividerRule.NAME);
    private static final int CHANNEL_WORDS = 8;
    /** "[19/10/2018 17:02:11] name: message": a chat log's line, its time and sender before the message. */
    private static final Pattern LOGGED_LINE = Pattern.compile(
            "^\\[(\\d{1,2}/\\d{1,2}/\\d{2,4}[ ,T]+\\d{1,2}:\\d{2}(?::\\d{2})?)\\]\\s+[\\p{L}\\p{N}_.@-]{1,40}:(?:\\s.*)?$");
    /** A sender's name, a dash and the time the message went out. */
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
    private static final Pattern CHAT_HEADER = Pattern.compile("^(\\S.{0,40}?)\\s+[—–]\\s+(.+)$");
    /** "Ayer a las 21:30", "Today at 10:05": when a chat shows a recent message. */
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "(?iu)^(?:today|yesterday|hoy|ayer)\\s+(?:at|a las)\\s+\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?$");
    /** "to Members of the List", "para Lista de Socios": whom a message went to. */
    private static final Pattern RECIPIENTS = Pattern.compile("^(?:to|para|cc)\\s+\\p{Lu}.{0,80}$");
    /** The date closes the post, under its counters; the last post has the page's footer under it too. */
    private static final int DATE_AMONG_LAST = 3;

    private FeedPostRule() {
    }

    /** Indices of the name lines that head posts. */
    private static final int PAGE_NAME_WORDS = 10;
    /** A page's name in lower case is told by its repeats over each post's date; it is short. */
    private static final int SHORT_NAME_WORDS = 3;

    static Set<Integer> headers(List<Piece> pieces) {
        Map<String, Set<Integer>> byName = new HashMap<>();
        Map<String, Set<Integer>> pageNames = new HashMap<>();
        for (int i = 0; i + 1 < pieces.size(); i++) {
            if (isNameOverDate(pieces, i)) {
                byName.computeIfAbsent(Words.normalized(pieces.get(i).text), k -> new HashSet<>()).add(i);
            } else if (isPageNameOverDate(pieces, i)) {
                pageNames.computeIfAbsent(Words.normalized(pieces.get(i).text), k -> new HashSet<>()).add(i);
            }
        }
        Set<Integer> headers = new HashSet<>();
        byName.values().stream().filter(s -> s.size() >= MIN_POSTS).forEach(headers::addAll);
        // A page's name, however long ("Harbour Library · Data Club"), over the date of each of its posts.
        pageNames.values().stream().filter(s -> s.size() >= MIN_POSTS).forEach(headers::addAll);
        // "Name @name@instance.example" over a date, or a sender over "unread," over a date: a fediverse post's
        // author or a mail archive's sender, even where each posts once.
        byName.values().stream().flatMap(Set::stream)
                .filter(i -> HANDLE.matcher(pieces.get(i).text.strip()).find() || interfaceUnder(pieces, i) > i + 1)
                .forEach(headers::add);
        headers.addAll(channelNamesOverDatedPosts(pieces));
        // "@ana@social.example replying to @harbour" over a date, with no name over it that the page kept.
        for (int i = 0; i + 1 < pieces.size(); i++) {
            boolean named = i > 0 && headers.contains(i - 1) && pieces.get(i).chunk.blanksBefore() == 0;
            if (!named && isReplyLine(pieces.get(i)) && MetaLineRule.parse(pieces.get(i + 1).text) != null
                    && pieces.get(i + 1).chunk.blanksBefore() == 0) {
                headers.add(i);
            }
        }
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (!p.isDropped() && !p.chunk.code() && (chatDate(p.text) != null || oneLineHeaderDate(p.text) != null)) {
                headers.add(i);
            }
        }
        return headers;
    }

    /**
     * A channel's page opens each post with the channel's name and closes it with the post's date ("…
     * 1.9K views / Dec 30, 2017 · 18:42"): the same short line opening blocks, twice or more, each run up
     * to the next ending in a date line.
     */
    private static Set<Integer> channelNamesOverDatedPosts(List<Piece> pieces) {
        Map<String, List<Integer>> byText = new HashMap<>();
        for (int i = 1; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (!p.isDropped() && p.chunk.blanksBefore() > 0 && !p.chunk.code() && TitleRule.looksLikeTitle(p.text)
                    && Words.count(p.text) <= CHANNEL_WORDS && MetaLineRule.parse(p.text) == null) {
                byText.computeIfAbsent(Words.normalized(p.text), k -> new ArrayList<>()).add(i);
            }
        }
        Set<Integer> names = new HashSet<>();
        for (List<Integer> starts : byText.values()) {
            int dated = 0;
            for (int k = 0; k < starts.size(); k++) {
                int end = k + 1 < starts.size() ? starts.get(k + 1) : pieces.size();
                dated += endsWithDate(pieces, starts.get(k), end) ? 1 : 0;
            }
            if (dated >= MIN_POSTS) {
                names.addAll(starts);
            }
        }
        return names;
    }

    /** One of the last few kept lines before {@code to} (past the page's footer, at the end) is a date line. */
    private static boolean endsWithDate(List<Piece> pieces, int from, int to) {
        int seen = 0;
        for (int k = to - 1; k > from && seen < DATE_AMONG_LAST; k--) {
            Piece p = pieces.get(k);
            if (p.isDropped()) {
                continue;
            }
            MetaLineRule.Meta meta = MetaLineRule.parse(p.text);
            if (meta != null && meta.authors().isEmpty() && meta.date() != null) {
                return true;
            }
            seen++;
        }
        return false;
    }

    private static boolean isNameOverDate(List<Piece> pieces, int i) {
        Piece name = pieces.get(i);
        Piece date = pieces.get(interfaceUnder(pieces, i));
        // A blank line may part the name from the post's age ("hace 3 días · 🌎"), never from a date.
        int gap = date.isDropped() && FeedCounterRule.isPostAge(date.text) ? 1 : 0;
        boolean handleUnder = i + 1 < pieces.size() && (isHandleLine(pieces.get(i + 1)) || handleBesideDate(pieces.get(i + 1)));
        boolean named = isPosterName(name.text) || handleUnder && Words.count(name.text) <= HANDLE_NAME_WORDS;
        if (name.isDropped() || date.chunk.blanksBefore() > gap || !named) {
            return false;
        }
        if (date.isDropped()) {
            return FeedCounterRule.dropped(date);
        }
        MetaLineRule.Meta meta = MetaLineRule.parse(date.text);
        return meta != null && meta.authors().isEmpty() && meta.date() != null;
    }

    /**
     * A short title-like line right over a date line: a page's name over its post, when the page repeats it.
     * Names listed with commas over a date sign a text.
     */
    private static boolean isPageNameOverDate(List<Piece> pieces, int i) {
        Piece name = pieces.get(i);
        int under = i + 1;
        // "18,204 followers" between the page's name and the post's age ("3d • Edited • 🌐").
        boolean followers = under + 1 < pieces.size() && FeedCounterRule.dropped(pieces.get(under))
                && !FeedCounterRule.isPostAge(pieces.get(under).text) && pieces.get(under + 1).chunk.blanksBefore() == 0;
        if (followers) {
            under++;
        }
        Piece date = pieces.get(under);
        if (name.isDropped() || date.chunk.blanksBefore() > 0 || !(TitleRule.looksLikeTitle(name.text) || isShortName(name.text))
                || Words.count(name.text) > PAGE_NAME_WORDS || name.text.contains(",") || MetaLineRule.parse(name.text) != null) {
            return false;
        }
        if (date.isDropped()) {
            return followers && FeedCounterRule.dropped(date) && FeedCounterRule.isPostAge(date.text);
        }
        MetaLineRule.Meta meta = MetaLineRule.parse(date.text);
        return meta != null && meta.authors().isEmpty() && meta.date() != null || isPostTime(date.text);
    }

    /** "cloud.example", "the harbour desk": a page's name in lower case, a few words and no sentence. */
    private static boolean isShortName(String text) {
        String t = text.strip();
        // An account's handle ("@name@example.social") stands under the poster's name; it names no page.
        return Words.count(t) >= 1 && Words.count(t) <= SHORT_NAME_WORDS && !t.matches(".*[.!?:]$") && t.matches(".*\\p{L}.*")
                && !t.startsWith("@");
    }

    /**
     * "5 de junio a las 09:30 · 🌐", "June 5 at 9:30 AM": a post's day and time, which a feed prints without
     * the year for posts of the current year.
     */
    static boolean isPostTime(String text) {
        String t = text.strip();
        DateRule.Found found = DateRule.find(t);
        return found != null && !found.hasYear() && Words.count(t) <= POST_TIME_WORDS && POST_CLOCK.matcher(t).find();
    }

    /**
     * A name as {@link BylineRule#looksLikeName} says, perhaps with a role in brackets, or any short name with the
     * account's handle after it.
     */
    private static boolean isPosterName(String text) {
        if (REPLY.matcher(text.strip()).matches()) {
            return false;
        }
        var handle = HANDLE.matcher(text.strip());
        if (handle.find()) {
            String name = text.strip().substring(0, handle.start()).strip();
            return Words.count(name) >= 1 && Words.count(name) <= HANDLE_NAME_WORDS;
        }
        // "Ana Lima (moderator)", "Harbour Union (Local 4) ✓": a role in brackets, a verified account's badge.
        String name = text.strip().replaceFirst("\\s*[✓✔☑]\\uFE0F?$", "").replaceFirst("\\s*\\([^()]{1,30}\\)$", "");
        return BylineRule.looksLikeName(name);
    }

    /** The first piece under the name past interface lines set close under it ("unread,"), as a mail archive prints. */
    private static int interfaceUnder(List<Piece> pieces, int i) {
        int next = i + 1;
        while (next + 1 < pieces.size() && pieces.get(next).chunk.blanksBefore() == 0 && (isHandleLine(pieces.get(next))
                || pieces.get(next).isDropped() && HEADER_FURNITURE.contains(pieces.get(next).drop.rule()))) {
            next++;
        }
        return next;
    }

    /** "@harbour@social.example · Dec 20, 2017": the poster's handle and the post's date on one line. */
    private static boolean handleBesideDate(Piece p) {
        String t = p.text.strip();
        int gap = t.indexOf(' ');
        return !p.isDropped() && gap > 0 && MetaLineRule.isAccount(t.substring(0, gap))
                && MetaLineRule.parse(t) != null;
    }

    /** "@harbour@social.example": the poster's handle on a line of its own, under the name, perhaps saying whom it answers. */
    private static boolean isHandleLine(Piece p) {
        return !p.isDropped() && (MetaLineRule.isAccount(p.text) || REPLY.matcher(p.text.strip()).matches());
    }

    /** "Harbour Union @harbour · Mar 3, 2021": the poster's name, handle and the post's date on one line. */
    private static final Pattern NAME_HANDLE_DATE = Pattern.compile(
            "^(\\S.{0,60}?)\\s+@[\\p{L}\\p{N}_.]+(?:@[\\p{L}\\p{N}_.-]+)?\\s*[·•]\\s*(\\S.{0,40})$");

    /** The date of a post header that gives name, handle and date on one line, or null when the line is none. */
    static String oneLineHeaderDate(String text) {
        Matcher m = NAME_HANDLE_DATE.matcher(text.strip());
        if (!m.matches() || Words.count(m.group(1)) > HANDLE_NAME_WORDS) {
            return null;
        }
        MetaLineRule.Meta meta = MetaLineRule.parse(m.group(2));
        return meta != null && meta.authors().isEmpty() && meta.date() != null ? meta.date() : null;
    }

    /** "@ana@social.example replying to @harbour": a reply's poster and whom it answers. */
    private static final Pattern REPLY = Pattern.compile(
            "(?iu)^(\\S+)\\s+(?:replying to|in reply to|en respuesta a|respondiendo a)\\s+@\\S+$");

    /**
     * The post under this header answers another account's post: a reader's reply set between a thread's
     * posts, as a profile page shows them, no part of the text.
     */
    static boolean isReply(List<Piece> pieces, int header) {
        if (isReplyLine(pieces.get(header))) {
            return true;
        }
        for (int k = header + 1; k < pieces.size() && pieces.get(k).chunk.blanksBefore() == 0; k++) {
            if (isReplyLine(pieces.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isReplyLine(Piece p) {
        var m = REPLY.matcher(p.text.strip());
        return !p.chunk.code() && m.matches() && MetaLineRule.isAccount(m.group(1));
    }

    /**
     * "Ana Lima — 11/08/2025 15:22", "Bot APP — Yesterday at 21:30": a chat message's sender and time on one
     * line; the date it gives (null for a relative day), or null when the line is no such header.
     */
    static String chatDate(String text) {
        Matcher logged = LOGGED_LINE.matcher(text.strip());
        if (logged.matches()) {
            MetaLineRule.Meta meta = MetaLineRule.parse(logged.group(1));
            return meta == null || meta.date() == null ? "" : meta.date();
        }
        Matcher m = CHAT_HEADER.matcher(text.strip());
        if (!m.matches() || Words.count(m.group(1)) > HANDLE_NAME_WORDS || BylineRule.parse(m.group(1)) != null) {
            return null; // "Por Ana Lima — 3 de mayo de 2024" is a byline
        }
        String when = m.group(2);
        if (!CLOCK.matcher(when).find()) {
            return null; // "Online — 6 June 2020": a place and date under a statement's byline; a chat gives the time
        }
        MetaLineRule.Meta meta = MetaLineRule.parse(when);
        if (meta != null && meta.date() != null && meta.authors().isEmpty()) {
            return meta.date();
        }
        return RELATIVE_DAY.matcher(when).matches() ? "" : null;
    }

    /** Starts the post at the header's name: drops the name, reads the date; returns the index after the date. */
    static int read(List<Piece> pieces, int nameIndex, ArticleDraft post) {
        String chat = chatDate(pieces.get(nameIndex).text);
        if (chat != null) {
            pieces.get(nameIndex).drop(NAME, "a chat message's sender and time");
            post.date = chat.isEmpty() ? null : chat;
            return nameIndex + 1;
        }
        String oneLine = oneLineHeaderDate(pieces.get(nameIndex).text);
        if (oneLine != null) {
            pieces.get(nameIndex).drop(NAME, "the poster's name and handle and the post's date");
            post.date = oneLine;
            return nameIndex + 1;
        }
        pieces.get(nameIndex).drop(NAME, "the feed page's name over each of its posts");
        int i = nameIndex + 1;
        for (; i < pieces.size() && pieces.get(i).chunk.blanksBefore() == 0; i++) {
            Piece line = pieces.get(i);
            MetaLineRule.Meta meta = line.isDropped() ? null : MetaLineRule.parse(line.text);
            if (meta != null && meta.authors().isEmpty() && meta.date() != null && post.date == null) {
                post.date = meta.date();
                post.meta.add(line);
            } else if (!line.isDropped() && post.date == null && isPostTime(line.text)) {
                line.drop(NAME, "the post's day and time, printed without the year");
            } else if (isHandleLine(line)) {
                line.drop(NAME, "the poster's handle, under the name");
            } else if (!line.isDropped() && post.date != null && RECIPIENTS.matcher(line.text.strip()).matches()) {
                line.drop(NAME, "the message's recipients, under its date");
            } else if (!line.isDropped()) {
                break;
            }
        }
        return i;
    }

    /** Drops the posts that found no title and have only a line or two of text. */
    static void dropStatusLines(List<ArticleDraft> drafts, Set<ArticleDraft> posts) {
        drafts.removeIf(d -> {
            boolean status = posts.contains(d) && d.title == null
                    && d.body.stream().filter(p -> !p.isDropped()).mapToInt(Piece::words).sum() <= STATUS_WORDS;
            if (status) {
                d.keptPieces().forEach(p -> p.drop(NAME, "a feed post without a title, its own or its link"
                        + " card's, and only a line of text: a status update, no article"));
            }
            // A line the editor keeps keeps its post.
            return status && d.keptPieces().isEmpty();
        });
    }

    /** A link card's title: its first short line that is no address (image names and counters are dropped before). */
    static boolean isCardTitle(String text) {
        return Words.count(text) <= TitleRule.MAX_WORDS && !UrlLineRule.isUrl(text)
                && !LinkCardRule.endsWithCounter(text);
    }
}
