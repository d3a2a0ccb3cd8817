package org.quire.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of article metadata, its parts set apart by bars or middots: "By Name | March 3, 2020",
 * "Por A y B | octubre-noviembre de 2007 | página 2", "Posted on May 1, 2019 by Name", "por user · 19 de
 * marzo de 2019 · English", "Name · 5 min read · Mar 3, 2020", "by Name · Publication · 2 May 2012",
 * "Posted by Name at 9:30 AM | Permalink | Comments (2)", "Redacción | 14/05/2023 - 08:30", "3 marzo, 2021 · Ana
 * Gil · 5 comentarios", "@name@example.social · 8y · Dec 20, 2017". Every part must be metadata (a byline, a
 * date, a page or issue number, a reading time, an issue's months, a language link, a blog's buttons) and
 * one at least must be a byline, a date or a reading time, or a page or issue number beside another
 * part: an archive's "August 2007" or a scan's "Page 4" alone is no header. A name without "by" may open
 * the line only beside a reading time ("Name · 5 min read · date"), where no place or section name stands.
 */
final class MetaLineRule {
    private static final int MAX_WORDS = 30;
    private static final int SECTION_WORDS = 2;
    private static final int OFFICE_WORDS = 12;

    record Meta(List<String> authors, String source, String date, boolean dateSpelled) {
        Meta {
            authors = List.copyOf(authors);
        }
    }

    /**
     * Bars, middots and dashes set apart by spaces; a middot between two l's is Catalan spelling ("col·lectiu"),
     * not a separator.
     */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[|•]|(?<!l)·|·(?!l))\\s*|\\s+[—–]\\s+");
    private static final Pattern BY_MARKER = Pattern.compile("(?i)(?<=\\s)(?:by|por|par|von)\\s");
    /** What may stand between a byline and the date after it: "By Name on May 1, 2019", "Por X, el 3 de mayo". */
    private static final Pattern BEFORE_DATE = Pattern.compile("(?i)[\\s,—–]+(?:on|el|le|am|the)?[\\s,]*$");
    private static final Pattern PAGE = Pattern.compile(
            "(?i)^(?:p\\.|pp\\.|pages?|p[áa]g\\.?|p[áa]ginas?|seite|s\\.)\\s*\\d+(?:\\s*(?:-|–|and|y|,|&)\\s*\\d+)*$");
    private static final Pattern ISSUE = Pattern.compile(
            "(?i)^(?:issue|n[úu]mero|no\\.|n[º°]|n\\.º|vol\\.|volume|volumen|edici[óo]n|edition|ausgabe)\\s*\\d+$");
    /** "RELEASE: 07-142", "Media Advisory M07-72": the number a newsroom gives a release. */
    private static final Pattern RELEASE_NUMBER = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}]*\\s+){0,2}\\p{Lu}[\\p{L}]*:?\\s+\\p{Lu}?\\d{2,}-\\d{2,}$");
    /** "DOI 10.59350/bc3bg-8ge90", "doi:10.1000/182": the text's permanent identifier. */
    private static final Pattern DOI = Pattern.compile("(?i)^doi:?\\s*10\\.\\d{4,9}/\\S+$");
    /** "Release Date: May 3, 2004", "Fecha de publicación: 3 de mayo de 2004": a date under its label. */
    private static final Pattern DATE_LABEL = Pattern.compile("(?iu)^(?:(?:(?:release|publication|issue|posting) date"
            + "|date(?: published| released)?|for release|released"
            + "|fecha(?: de (?:publicación|publicacion|emisión))?|published(?: on)?|posted(?: on)?|publicado(?: el)?"
            + "|updated|actualizado)\\s*:|(?:embargoed until|embargo(?:ed)?|embargado hasta)\\s*:?)\\s*");
    /** "Distributed by Wire on 09/13/2017 17:40": who passed the text on, and when; no author. */
    private static final Pattern DISTRIBUTED = Pattern.compile("(?iu)^(?:distributed|distribuido|sent|enviado|shared"
            + "|compartido)\\s+(?:by|por)\\s+.+?\\s+(?:on|el)\\s+(.+)$");
    /** "CC BY 4.0", "CC BY-SA", "CC0", "Public domain": the licence a credit line gives. */
    private static final Pattern LICENCE = Pattern.compile("(?iu)^(?:cc[ -]?(?:by(?:[ -](?:sa|nd|nc))*|0)(?:\\s+\\d\\.\\d)?"
            + "|public domain|dominio público)$");
    /** "Press release", "Comunicado de prensa": the kind of document, beside its date. */
    private static final Pattern DOCUMENT_KIND = Pattern.compile("(?iu)(?:press|news) release|media advisory"
            + "|(?:(?:joint|public|official)\\s+)?statement|open letter|carta abierta|comunicado(?: de prensa| conjunto)?"
            + "|nota de prensa|declaración(?: conjunta| pública)?");
    /** "Statement No. 14", "Comunicado N.º 13", "Briefing #3": a document and its number in a series. */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "(?iu)^(?:\\p{L}+\\s+){1,3}(?:no\\.|n[º°]\\.?|n\\.\\s?º|number|n[úu]mero|#)\\s*\\d+$");
    /**
     * "U.S. Department of Labor", "Centros para el Control …", "Ministerio de Trabajo": an office that issues the
     * text, named by the kind of body it is; a place ("New York") is none.
     */
    private static final Pattern ISSUING_OFFICE = Pattern.compile("(?u)\\b(?:Department|Ministry|Agency|Centers?|Office"
            + "|Bureau|Administration|Council|Commission|Institute|Secretariat|Survey|Ministerio|Secretaría|Agencia|Centros?"
            + "|Oficina|Instituto|Consejo|Comisión|Departamento|Dirección)\\b");
    /** "Release Number: HQ-17-131", "Número de publicación: 1552-020": the number a newsroom gives a release. */
    private static final Pattern RELEASE_LABEL = Pattern.compile("(?iu)^(?:(?:press )?release (?:number|no\\.?|id)"
            + "|n[úu]mero de (?:publicación|publicacion|comunicado)|comunicado (?:n[úu]mero|n\\.?º))\\s*:?\\s*[\\p{L}\\p{N}-]+$");
    private static final Pattern READING_TIME = Pattern.compile(
            "(?i)^(?:\\d+\\s*min(?:ute)?s?\\s+(?:read|de lectura|lectura)|\\d+\\s*minutos?\\s+de\\s+lectura"
                    + "|(?:lectura|tiempo de lectura|reading time)(?: de)?:?\\s*\\d+\\s*min(?:utos|utes)?)$");
    /** A blog's buttons beside its "Posted by …" line: "Permalink", "Comments (7)", "TrackBack (1)", "Leave a comment". */
    private static final Pattern POST_BUTTON = Pattern.compile("(?iu)^(?:permalink|enlace permanente|share|compartir"
            + "|(?:\\d+\\s+)?(?:comments?|comentarios?|trackbacks?|replies|respuestas)(?:\\s*\\(\\d+\\))?"
            + "|leave a (?:comment|reply)|deja un comentario|no comments|sin comentarios|email this|labels?:.*)$");
    /** "Posted by Name at 9:30 AM", "Publicado por Nombre a las 10:04": a blog's byline with the post's time. */
    private static final Pattern POSTED_BY = Pattern.compile("(?iu)^(?:posted|written|publicado|escrito)\\s+(by|por)\\s+(.+?)"
            + "(?:\\s+(?:at|a las|on|el)\\s+(.+))?$");
    /** The line's last part comes after a dash. */
    private static final Pattern NAME_AFTER_DASH = Pattern.compile("\\s[—–]\\s+[^—–·|•]+$");
    /** "Category: Worker News", "Hits: 312", "1.204 visitas": a list page's filing and counters beside the date. */
    private static final Pattern FILING_OR_COUNT = Pattern.compile("(?iu)^(?:(?:category|categories|categoría|categorías"
            + "|section|sección|filed under|archivado en)\\s*:.+|(?:hits|views|visitas|vistas|lecturas)\\s*:?\\s*[\\d.,]+"
            + "|[\\d.,]+\\s+(?:hits|views|visitas|vistas|lecturas))$");
    /** "… el 24/08/2023 en Historias": the category a blog files the post in, after its date. */
    private static final Pattern FILED_IN = Pattern.compile("\\s+(?:en|in)\\s+\\p{Lu}.*$");
    /** "Redacción", "Staff", "Newsroom": the desk that signs a news item, no person's name; no author is taken. */
    private static final Pattern DESK_CREDIT = Pattern.compile("(?iu)^(?:(?:la )?redacci[óo]n|staff|staff reports?"
            + "|newsroom|the newsroom|news desk|editorial staff|equipo (?:de )?redacci[óo]n|agencias)$");
    /** "@name", "@name@example.social": an account, not a person's name. */
    private static final Pattern ACCOUNT = Pattern.compile("^@[\\p{L}\\p{N}_.]+(?:@[\\p{L}\\p{N}_.-]+\\.\\p{L}{2,})?$");
    /** Languages named in their own tongue: a link to the page in another language. */
    private static final Set<String> LANGUAGES = Set.of("english", "español", "castellano", "deutsch", "français",
            "italiano", "português", "català", "galego", "euskara", "nederlands", "polski");

    private MetaLineRule() {
    }

    /** "@name", "@name@example.social": an account's handle alone. */
    static boolean isAccount(String text) {
        return ACCOUNT.matcher(text.strip()).matches();
    }

    /** "U.S. Department of Labor", "Instituto Nacional de Estadística": a short line naming an office, no more. */
    static boolean namesOffice(String text) {
        String t = text.strip();
        return Words.count(t) <= OFFICE_WORDS && ISSUING_OFFICE.matcher(t).find() && TitleRule.looksLikeTitle(t);
    }

    /**
     * "Ana Lima y Ben Ortiz · 10/08/2022": names and a date with no "by". Only read right under a title: alone,
     * a place ("Buenos Aires · 3 de marzo") reads the same.
     */
    static Meta namesBesideDate(String text) {
        String[] parts = SEPARATOR.split(text.strip());
        if (parts.length != 2 || !DateRule.isDateLine(parts[1].strip())) {
            return null;
        }
        List<String> names = BylineRule.names(parts[0]);
        boolean people = names.stream().allMatch(n -> Words.count(n) >= 2 && BylineRule.looksLikeName(n));
        if (!people || names.isEmpty()) {
            return null;
        }
        DateRule.Found found = DateRule.find(parts[1].strip(), text);
        return found == null ? null : new Meta(names, null, found.iso(), isSpelled(parts[1]));
    }

    /** "May 3, 2021", not "03/05/2021": the month is named, so the order of day and month is no guess. */
    private static boolean isSpelled(String dateText) {
        return dateText.matches(".*\\p{L}{3}.*");
    }

    /** "STATEMENT No. 14 · May 3, 1990": the line numbers the document it heads. */
    static boolean numbersDocument(String text) {
        for (String part : SEPARATOR.split(text.strip())) {
            if (DOCUMENT_NUMBER.matcher(part.strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** "RELEASE: 07-142", "CONTRACT RELEASE: C07-03": a release's number alone on its line. */
    static boolean isReleaseNumber(String text) {
        return RELEASE_NUMBER.matcher(text.strip()).matches();
    }

    /** The metadata the line gives, or null when it is no metadata line. */
    static Meta parse(String text) {
        String t = text.strip();
        if (t.isEmpty() || Words.count(t) > MAX_WORDS) {
            return null;
        }
        List<String> authors = new ArrayList<>();
        String source = null;
        String date = null;
        String dateText = null;
        boolean strong = false;
        boolean numbered = false;
        boolean readingTime = false;
        String bareName = null;
        String nameAfterDate = null;
        boolean filed = false;
        boolean licensed = false;
        int parts = 0;
        for (String part : SEPARATOR.split(t)) {
            String s = DATE_LABEL.matcher(part.strip()).replaceFirst("");
            if (Words.count(s) == 0) {
                continue;
            }
            parts++;
            Dated byline = bylineWithDate(s);
            if (byline == null) {
                byline = postedBy(s);
            }
            if (byline != null) {
                byline.byline().authors().forEach(a -> {
                    if (!authors.contains(a)) {
                        authors.add(a);
                    }
                });
                source = source == null ? byline.byline().source() : source;
                if (dateText == null && byline.dateText() != null) {
                    dateText = byline.dateText();
                }
                strong = true;
            } else if (DateRule.isDateLine(s)) {
                dateText = dateText == null ? s : dateText;
                strong = true;
            } else if (DISTRIBUTED.matcher(s).matches() && DateRule.isDateLine(distributedOn(s))) {
                dateText = dateText == null ? distributedOn(s) : dateText;
                strong = true;
            } else if ((parts > 1 || t.length() > s.length()) && DOCUMENT_KIND.matcher(s).matches()) {
                // "NEWS RELEASE | Release ID 3390": the kind of document, first or after its number.
                parts--;
            } else if ((isAccount(s) || FeedCounterRule.isPostAge(s)) && t.length() > s.length()) {
                // "@name@example.social · 8y · Dec 20, 2017": the poster's account and the post's age beside the date.
                parts--;
            } else if (DESK_CREDIT.matcher(s).matches() && parts == 1 && t.length() > s.length()) {
                // "Redacción | 18/01/2022 - 21:40": the news desk signs, and the date beside it heads the item.
                parts--;
            } else if (source == null && namesOffice(s)) {
                source = s;
            } else if (RELEASE_LABEL.matcher(s).matches()) {
                strong = true;
            } else if (READING_TIME.matcher(s).matches()) {
                strong = true;
                readingTime = true;
            } else if (PAGE.matcher(s).matches() || ISSUE.matcher(s).matches() || RELEASE_NUMBER.matcher(s).matches()
                    || DOI.matcher(s).matches() || DOCUMENT_NUMBER.matcher(s).matches()) {
                numbered = true;
            } else if (parts == 1 && BylineRule.looksLikeName(s)) {
                bareName = s;
            } else if (dateText != null && authors.isEmpty() && bareName == null && BylineRule.looksLikeName(s)
                    && NAME_AFTER_DASH.matcher(t).find() && t.endsWith(s)) {
                // "Sep 6, 2022 — Ana Torres": the author signs after the date, set off by a dash.
                authors.add(BylineRule.displayName(s));
            } else if (dateText != null && authors.isEmpty() && bareName == null && nameAfterDate == null
                    && BylineRule.looksLikeName(s) && countedAfter(t, s)) {
                // "3 marzo, 2021 · Ana Gil · 5 comentarios": a theme's date, author and comment count; the name
                // is the author only where the count or a button follows it (a place may follow a date too).
                nameAfterDate = s;
            } else if (!authors.isEmpty() && source == null && BylineRule.looksLikeName(s)) {
                // "by Name · Global Voices · 2 May 2012": a name after the byline is where the text was published.
                source = s;
            } else if (parts > 1 && UrlLineRule.isUrl(s)) {
                // "12 May 2023 · example.org/blog": the site the text comes from.
                source = source == null ? s : source;
            } else if (dateText != null && parts > 1 && isSectionList(s) && authors.isEmpty()) {
                // "Publicado 14/08/2024 · Noticias", "Name | 24 Aug 2021 | Physics, Film": where the post is filed.
                parts--;
                filed = true;
            } else if (LICENCE.matcher(s).matches() && parts > 1) {
                // "Ana Lima · example.org · CC BY 4.0": the credit a republished text carries.
                parts--;
                licensed = true;
            } else if (TitleRule.isIconLabel(s)) {
                // "📌 From the archive · May 2, 2024": the feed's label before the post's date.
                parts--;
            } else if ((POST_BUTTON.matcher(s).matches() || FILING_OR_COUNT.matcher(s).matches()) && parts > 1) {
                parts--;
            } else if (!DateRule.isPeriod(s) && !LANGUAGES.contains(s.toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        if (nameAfterDate != null) {
            authors.add(BylineRule.displayName(nameAfterDate));
        }
        // A name without "by" stands beside a reading time or the post's sections, never beside a place and a date.
        strong |= licensed && (bareName != null || !authors.isEmpty());
        if (bareName != null && Words.count(bareName) == 1 && !readingTime && !filed && !licensed && dateText != null && parts == 2
                && DateRule.isDateLine(dateText) && !t.matches(".*\\s[—–]\\s.*")) {
            // "Newsdesk · Feb 6, 2020", "Madrid · 3 de marzo de 2020": one word beside the date, a name or a place;
            // the date heads the text, but a word without "by" may be a place, so it names no author. (After a dash,
            // "Strike — March 3, 2020", the word is a linked title in a list.)
            bareName = null;
        }
        if ((!strong && !(numbered && parts > 1)) || (bareName != null && !readingTime && !filed && !licensed)) {
            return null;
        }
        if (!authors.isEmpty() && BylineRule.isSignatureSentence(t)) {
            return null;
        }
        if (bareName != null) {
            authors.add(0, BylineRule.displayName(bareName));
        }
        boolean spelled = dateText != null && isSpelled(dateText);
        if (dateText != null) {
            // An all-digit date is read in the light of the whole line: "Por Ana | 12/01/2023" is Spanish, day first.
            DateRule.Found found = DateRule.find(dateText, t);
            date = found == null ? null : found.iso();
        }
        return new Meta(authors, source, date, spelled);
    }

    /** A comment count or a blog's button among the parts after {@code part}. */
    private static boolean countedAfter(String line, String part) {
        String[] parts = SEPARATOR.split(line);
        boolean after = false;
        for (String p : parts) {
            String s = p.strip();
            if (after && (POST_BUTTON.matcher(s).matches() || FILING_OR_COUNT.matcher(s).matches())) {
                return true;
            }
            after |= s.equals(part.strip());
        }
        return false;
    }

    /** "Noticias", "Physics, Chemistry, Film": one section or a comma list of them, two words each at most. */
    private static boolean isSectionList(String s) {
        for (String item : s.split("\\s*,\\s*")) {
            if (Words.count(item) == 0 || Words.count(item) > SECTION_WORDS || !TitleRule.looksLikeTitle(item)) {
                return false;
            }
        }
        return true;
    }

    private static String distributedOn(String s) {
        Matcher m = DISTRIBUTED.matcher(s);
        return m.matches() ? m.group(1) : "";
    }

    private record Dated(BylineRule.Byline byline, String dateText) {
    }

    /**
     * "Posted by Name at 9:30 AM 2 comments": a blog prints this under the post, with only the time, since the
     * date heads the post. It closes an article and never heads one.
     */
    static boolean isPostFooter(String text) {
        Matcher m = POSTED_BY.matcher(text.strip());
        Dated posted = postedBy(text.strip());
        // A time after "at" and no date: postedBy keeps only a date.
        return posted != null && posted.dateText() == null && m.matches() && m.group(3) != null;
    }

    /** "Posted by Name at 9:30 AM": the name, and the date or time after it, which may be only a time. */
    private static Dated postedBy(String s) {
        Matcher m = POSTED_BY.matcher(s);
        if (!m.matches()) {
            return null;
        }
        BylineRule.Byline byline = BylineRule.parse(m.group(1) + " " + m.group(2));
        if (byline == null) {
            return null;
        }
        String when = m.group(3) == null ? null : FILED_IN.matcher(m.group(3)).replaceFirst("");
        return new Dated(byline, when != null && DateRule.isDateLine(when) ? when : null);
    }

    /** A byline, perhaps with its date before or after it: "Posted on May 1, 2019 by Name", "By Name on May 1, 2019". */
    private static Dated bylineWithDate(String s) {
        BylineRule.Byline plain = BylineRule.parse(s);
        if (plain != null) {
            return new Dated(plain, null);
        }
        Matcher by = BY_MARKER.matcher(s);
        while (by.find()) {
            String before = s.substring(0, by.start());
            BylineRule.Byline after = BylineRule.parse(s.substring(by.start()));
            if (after != null && DateRule.isDateLine(before)) {
                return new Dated(after, before);
            }
        }
        List<DateRule.Found> dates = DateRule.findAll(s);
        if (!dates.isEmpty()) {
            DateRule.Found last = dates.get(dates.size() - 1);
            String before = BEFORE_DATE.matcher(s.substring(0, last.start())).replaceAll("");
            String after = s.substring(last.start());
            BylineRule.Byline byline = BylineRule.parse(before);
            if (byline != null && DateRule.isDateLine(after)) {
                return new Dated(byline, after);
            }
        }
        return null;
    }
}
