package org.quire.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase naming the author: "by Name", "BY NAME", "By Name, from Publication", "Por Nombre y Otro",
 * "por user_name". Names written in capitals are given in title case. Bylines that share a line with a
 * date or page are read by {@link MetaLineRule}.
 */
final class BylineRule {
    static final String NAME = "byline";

    record Byline(List<String> authors, String source) {
        Byline {
            authors = List.copyOf(authors);
        }
    }

    private static final Pattern BY = Pattern.compile("^(?:by|por|par|von|written by|escrito por|escribe|writes|author|autor|autora|authors|autores)\\s*:?\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM = Pattern.compile(",?\\s+(?:from|de|in)\\s+(.+)$");
    /** A capitalised word, a particle, or a nickname in quotes between the names ("Richard \"Rick\" Hale"). */
    private static final Pattern NAME_WORD = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’.\\-]*|de|del|la|van|von|da|dos|y|and|&"
            + "|[\"“‘][\\p{L}\\p{N}][\\p{L}\\p{N}.\\-]*[\"”’])$");
    /** An account name: "@someone", "some_one", "some.one". */
    private static final Pattern HANDLE = Pattern.compile("@[\\p{L}\\p{N}_.]+|[\\p{L}\\p{N}]+(?:[_.][\\p{L}\\p{N}]+)+");
    /** One comma and no "and": a name and its publication or post, never two names. */
    private static final Pattern AFFILIATION = Pattern.compile("^([^,&]+?),\\s*([^,&]+)$");
    /** "Ana Lima (Example Co)": the name and, in brackets after it, whom she writes for. */
    private static final Pattern BRACKETED_AFFILIATION = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");
    private static final Pattern SIGNED = Pattern.compile("(?iu)^(?:[—–]|--|✍\\uFE0F?|(?:text|texto|words|palabras)\\s*:)\\s*(.+)$");
    /** "-- Ana Lima, Director of the Harbour Office": the signer's role after her name. */
    private static final Pattern ROLE_AFTER = Pattern.compile("^([^,]+),\\s*[^,]{2,60}$");
    /**
     * "Ana Lima, secretaria de Estado", "Ben Ortiz, senior editor": a name, then a role in lower case ("from" or
     * "de" after the comma names a publication instead).
     */
    private static final Pattern ROLE_IN_LOWER_CASE = Pattern.compile("^([^,]+),\\s*(?!(?:from|de|in)\\s)\\p{Ll}[^,]{1,60}$");
    private static final Pattern AND_WORD = Pattern.compile("(?i)\\b(?:and|y|e|et|und)\\b");
    private static final Pattern AND = Pattern.compile("\\s*(?:,|\\band\\b|\\by\\b|&)\\s*");

    /** A byline may list a team: eight names of two or three words each, with their commas. */
    private static final int MAX_WORDS = 30;
    static final int SHORT_WORDS = 16;

    private BylineRule() {
    }

    /** The byline in the text, or null when the text is no byline. */
    static Byline parse(String text) {
        Matcher m = BY.matcher(text.strip());
        int words = Words.count(text);
        if (!m.matches() || words > MAX_WORDS || isSignatureSentence(text)) {
            return null;
        }
        String rest = m.group(1).strip();
        String source = null;
        Matcher role = ROLE_IN_LOWER_CASE.matcher(rest);
        if (role.matches() && looksLikeName(role.group(1))) {
            // "Por Ana Lima, secretaria de Estado": her office after the name, no place she writes for.
            rest = role.group(1);
        }
        Matcher from = FROM.matcher(rest);
        if (from.find()) {
            source = from.group(1).strip();
            rest = rest.substring(0, from.start()).strip();
        }
        Matcher bracketed = BRACKETED_AFFILIATION.matcher(rest);
        if (source == null && bracketed.matches()) {
            rest = bracketed.group(1);
            source = bracketed.group(2).strip();
        }
        Matcher affiliation = AFFILIATION.matcher(rest);
        if (source == null && affiliation.matches() && !AND_WORD.matcher(rest).find()) {
            // "By Ana Lima, The Daily Example": one name and, after a single comma, where she writes.
            rest = affiliation.group(1);
            source = affiliation.group(2).strip();
        }
        List<String> authors = new ArrayList<>();
        for (String name : AND.split(rest)) {
            if (!name.isBlank()) {
                if (!looksLikeName(name) && !HANDLE.matcher(name.strip()).matches()) {
                    return null;
                }
                authors.add(displayName(name.strip()));
            }
        }
        return authors.isEmpty() ? null : new Byline(authors, source);
    }

    /** A long byline written as a sentence ("Posted by … on May 3, 2021.") signs the text above it. */
    static boolean isSignatureSentence(String text) {
        return Words.count(text) > SHORT_WORDS && text.strip().endsWith(".");
    }

    /**
     * The names on a line that signs without "by": "Ana Gil y Luis Paz" is two people, each of two words or more
     * as {@link #looksLikeName} says; a group's name with "and" in it ("Trabajadores y Trabajadoras") stays whole.
     */
    static List<String> names(String text) {
        String signed = signer(text);
        String line = signed == null ? text.strip() : signed;
        List<String> names = new ArrayList<>();
        for (String name : AND.split(line)) {
            if (!name.isBlank()) {
                if (!looksLikeName(name) || Words.count(name) < 2) {
                    return List.of(line);
                }
                names.add(displayName(name.strip()));
            }
        }
        return names.isEmpty() ? List.of(line) : names;
    }

    /**
     * "— Name", "-- Name, Role", "✍️ Name", "Texto: Name": the name signing a text under its last paragraph,
     * else null.
     */
    static String signer(String text) {
        Matcher m = SIGNED.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String name = m.group(1).strip();
        Matcher role = ROLE_AFTER.matcher(name);
        // A mail's "-- Name, Role"; after a dash, "—A. Writer, Collected Sayings" attributes an epigraph.
        if (text.strip().startsWith("--") && !looksLikeName(name) && role.matches() && looksLikeName(role.group(1))) {
            name = role.group(1).strip();
        }
        return looksLikeName(name) ? name : null;
    }

    /** One to five words, each capitalised (particles like "de" allowed): how a person or group is named. */
    static boolean looksLikeName(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length == 0 || words.length > 5) {
            return false;
        }
        for (String word : words) {
            if (!NAME_WORD.matcher(word).matches()) {
                return false;
            }
        }
        return Character.isUpperCase(words[0].charAt(0));
    }

    /** "AMIE STAGER" → "Amie Stager"; names already in mixed case are kept as written. */
    static String displayName(String name) {
        if (!Words.isAllCaps(name)) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        boolean startOfWord = true;
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(startOfWord ? Character.toUpperCase(c) : c);
            startOfWord = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return out.toString();
    }
}
