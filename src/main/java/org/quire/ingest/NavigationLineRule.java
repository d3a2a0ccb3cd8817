package org.quire.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A line of links that a page prints as a bar: a menu ("Home | News | About"), a breadcrumb ("You are
 * here: Home › Labor"), footer links ("Contact · Privacy · Jobs"), or paging arrows ("← Issue 1 index").
 * Every item between the separators is a few words with no sentence in it; a byline or date line with
 * bars in it ("By Ana Lima | May 2, 2024", "Por Ana Lima | marzo de 2010 | página 3") is a header,
 * never a menu.
 */
final class NavigationLineRule {
    static final String NAME = "navigation";

    private static final int MAX_WORDS = 30;
    private static final int ITEM_WORDS = 4;
    private static final int LABEL_WORDS = 6;
    /** A bar needs three items; two items with a bar between are as often a title and its site. */
    private static final int BAR_ITEMS = 3;

    private static final Pattern LABEL = Pattern.compile("^([^:]{1,60}):\\s+");
    /** A breadcrumb's arrow; "›" is never punctuation in prose, so two items will do. */
    private static final Pattern ARROW = Pattern.compile("\\s*›\\s*");
    /** "»" and ">" also quote and compare, so they need spaces on both sides and three items, like a bar. */
    private static final Pattern BAR = Pattern.compile("\\s+[|·•»>]\\s+");
    /** "Home / Steps / Step 3: A Long Page Name": slashes also set off poems' lines, so the trail must start at home. */
    private static final Pattern SLASH = Pattern.compile("\\s+/\\s+");
    /** "Inicio > Prensa > Page Name": angles as arrows, trusted only in a trail from home, like slashes. */
    private static final Pattern ANGLE = Pattern.compile("\\s+[>»]\\s+");
    private static final Pattern HOME = Pattern.compile("(?iu)^(?:home|inicio|portada|accueil|startseite|start|início)$");
    private static final int CRUMB_WORDS = 8;
    /** "« Newer   Page 2 of 9   Older »", "Página 1 de 1": where a list of posts says which page it is. */
    private static final Pattern PAGER = Pattern.compile("(?iu)\\b(?:page|p[áa]gina|p[áa]g\\.)\\s*\\d+\\s*(?:of|de|/)\\s*\\d+\\b");
    private static final int PAGER_WORDS = 14;
    /** A pager links to the pages beside it; "Section · page 1 of 3" alone is a printed page's header. */
    private static final Pattern PAGER_LINK = Pattern.compile(
            "(?iu)[«»←→‹]|\\b(?:next|previous|prev|newer|older|siguientes?|anterior(?:es)?|recientes|nuevas|antiguas)\\b");
    /**
     * Paging arrows ("← Newer", "<< Older posts", a text browser's), and the arrow of a link that leaves the
     * site ("Open on example.org ↗").
     */
    private static final Pattern PAGING = Pattern.compile("^(?:←|<<\\s)|(?:[→↗]|\\s>>)$");
    /** "☆ Star   ✓ Mark as read": buttons set apart by their icons or by wide spaces (tabs part a table's cells). */
    private static final Pattern BUTTONS = Pattern.compile("\\s*\\p{So}+\\s*| {3,}");
    private static final Pattern ICON = Pattern.compile("\\p{So}");
    /** "« First  Prev  4  5  6  Next  Last »": a pager of page numbers and the words that step through them. */
    private static final Pattern PAGE_NUMBERS = Pattern.compile("(?iu)^(?:(?:[«»‹›←→…]|\\d{1,3}|start|first|last|end|prev"
            + "|previous|next|inicio|primera|última|anterior|siguiente|fin)\\s*){4,}$");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?]$");
    /** "Por Ana Lima", "marzo-abril de 2010", "página 3": the parts of a header line, which no menu has. */
    private static final Pattern HEADER_ITEM = Pattern.compile(
            "(?iu)^(?:by|por|par|von)\\s|\\b(?:1[89]|20)\\d{2}\\b|\\bp(?:[áa]gina|[áa]g\\.|ages?)\\s*\\d");

    private NavigationLineRule() {
    }

    static boolean matches(String text) {
        String t = text.strip();
        if (Words.count(t) == 0 || Words.count(t) > MAX_WORDS || BylineRule.parse(t) != null
                || DateRule.find(t) != null && !startsAtHome(t)) {
            return false;
        }
        if (PAGING.matcher(t).find()) {
            return true;
        }
        String items = withoutLabel(t);
        List<String> crumbs = List.of(ARROW.split(items));
        if (crumbs.size() >= 2 && allShort(crumbs, false)) {
            return true;
        }
        // "Inicio › Blog › Categoría: Historias": a trail whose last crumb names the page.
        List<String> trail = List.of(ARROW.split(t));
        if (trail.size() >= BAR_ITEMS && trail.stream().allMatch(NavigationLineRule::isCrumb)) {
            return true;
        }
        if (PAGER.matcher(t).find() && PAGER_LINK.matcher(t).find() && Words.count(t) <= PAGER_WORDS) {
            return true;
        }
        if (isTrailFromHome(List.of(SLASH.split(t))) || isTrailFromHome(List.of(ANGLE.split(t)))) {
            return true;
        }
        List<String> bar = List.of(BAR.split(items));
        if (bar.size() >= BAR_ITEMS && allShort(bar, true)) {
            return true;
        }
        if (PAGE_NUMBERS.matcher(t).matches()) {
            return true;
        }
        // "Share · Like 41": two buttons will do when each is one, with or without its count.
        if (bar.size() >= 2 && bar.stream().allMatch(NavigationLineRule::isButton)) {
            return true;
        }
        List<String> buttons = List.of(BUTTONS.split(items)).stream().filter(b -> Words.count(b) > 0).toList();
        // "🖨 Print ✉ Email": two buttons will do when each has its icon.
        int needed = ICON.matcher(t).results().count() >= 2 ? 2 : BAR_ITEMS;
        return buttons.size() >= needed && allShort(buttons, true);
    }

    private static final Pattern FILE_SIZE = Pattern.compile("\\s*\\([^()]*\\b\\d+(?:[.,]\\d+)?\\s*(?:KB|MB|kB|GB)\\)\\s*$");
    private static final Pattern COUNT = Pattern.compile("\\s*\\(?[\\d.,]+[KkMm]?\\)?$");

    private static boolean isButton(String item) {
        String name = COUNT.matcher(item.strip()).replaceFirst("");
        return !name.isEmpty() && InterfacePhraseRule.standard().match(name) != null;
    }

    /** "Home / Steps / A Long Page Name", "Inicio > Prensa > La página": three crumbs or more, the first the home page. */
    private static boolean isTrailFromHome(List<String> crumbs) {
        return crumbs.size() >= BAR_ITEMS && HOME.matcher(crumbs.get(0).strip()).matches()
                && crumbs.stream().allMatch(NavigationLineRule::isCrumb);
    }

    private static boolean isCrumb(String crumb) {
        return Words.count(crumb) >= 1 && Words.count(crumb) <= CRUMB_WORDS;
    }

    private static boolean startsAtHome(String t) {
        return HOME.matcher(SLASH.split(t, 2)[0].strip()).matches();
    }

    /** "Download: PDF · EPUB" is a bar with a label before it. */
    private static String withoutLabel(String t) {
        var m = LABEL.matcher(t);
        if (m.find() && Words.count(m.group(1)) <= LABEL_WORDS) {
            return t.substring(m.end());
        }
        return t;
    }

    /** @param bar a bar's items may also be a header's parts; a breadcrumb's ("News › 2019") never are */
    private static boolean allShort(List<String> items, boolean bar) {
        for (String raw : items) {
            // "Download PDF (2 pages, 61 KB)": the size of what a link gets is no part of its name.
            String item = FILE_SIZE.matcher(raw).replaceFirst("");
            int words = Words.count(item);
            if (words == 0 || words > ITEM_WORDS || ENDS_SENTENCE.matcher(Words.withoutClosers(item)).find()
                    || bar && HEADER_ITEM.matcher(item.strip()).find()) {
                return false;
            }
        }
        return true;
    }
}
