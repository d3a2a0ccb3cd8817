package org.quire.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lines that belong to the web page or feed rather than the article: "Skip to main content", "Share",
 * "Seguir". The phrases live in {@code ingest/interface-phrases.txt} so a new language is a data change.
 */
final class InterfacePhraseRule {
    static final String NAME = "interface-phrase";
    /** A link back to the top of the page, set between a long text's sections: it leaves no gap in the text. */
    static final String BACK_TO_TOP = "back-to-top";
    private static final Pattern TOP_LINK = Pattern.compile(
            "(?iu)^[\\s↑⬆^]*(?:back to top|return to top|to top|top of page|volver arriba|ir arriba|volver al inicio|subir)[\\s↑⬆^]*$");
    private static final String RESOURCE = "/ingest/interface-phrases.txt";

    private final List<String> whole = new ArrayList<>();
    private final List<String> starts = new ArrayList<>();
    private final List<String> contains = new ArrayList<>();

    private static final InterfacePhraseRule DEFAULT = load(RESOURCE);
    /** "Read this post in English ↓", "Leer la versión en español": a link to the text in another language. */
    private static final String LANGUAGE = "(?:english|spanish|español|castellano|inglés|ingles|français|french|português|portuguese)";
    private static final Pattern LANGUAGE_LINK = Pattern.compile("(?iu)^(?:read|leer|lee|ver|see|view|versión|version)\\b.{0,30}\\b(?:in|en)\\s+"
            + LANGUAGE + "$");
    /** "English version below ↓", "ENGLISH BELOW ⬇", "Volver a la versión en español": where the other language's text is. */
    private static final Pattern LANGUAGE_POINTER = Pattern.compile("(?iu)^(?:" + LANGUAGE + "(?:\\s+(?:version|text|translation))?\\s+(?:below|above)"
            + "|(?:versión|texto|traducción)\\s+en\\s+" + LANGUAGE + "\\s+(?:más\\s+)?(?:abajo|arriba)"
            + "|(?:volver|back)\\s+(?:a|to)\\s+(?:la\\s+|the\\s+)?(?:versión\\s+en\\s+" + LANGUAGE + "|" + LANGUAGE + "\\s+(?:version|text)))$");
    /** "🔁 Harbour Union boosted", "Ana Lima retweeted": whose repost the next post is. */
    private static final Pattern REPOST_CREDIT = Pattern.compile("(?iu)^(?:🔁\\s*)?\\S.{0,60}\\s(?:boosted|retweeted|reposted|impulsó|retuiteó|reposteó|compartió)$");
    private static final String ARROWS = "[↓↑⬇⬆\\x{FE0F}]";

    private final String resource;

    private InterfacePhraseRule(String resource) {
        this.resource = resource;
    }

    static boolean isBackToTop(String text) {
        return TOP_LINK.matcher(text.strip()).matches();
    }

    static InterfacePhraseRule standard() {
        return DEFAULT;
    }

    /** The phrase the line is (or starts with, or contains), or null when it is no interface text. */
    String match(String line) {
        String text = line.strip().toLowerCase(Locale.ROOT);
        // Arrows and guillemets around a link ("« Older posts", "Read more »") are the link's decoration.
        String bare = text.replaceAll("[\\s.,:…!|·•>»›→\\-–]+$", "").replaceAll("^[\\s\\-–•·…«‹←]+", "");
        for (String phrase : whole) {
            if (bare.equals(phrase.replaceAll("[.:…]+$", ""))) {
                return phrase;
            }
        }
        // A link to the other language may point up or down the page, or wear the language's flag.
        String link = bare.replaceAll("(?:\\s|" + ARROWS + ")+$", "").replaceAll("^(?:" + ARROWS + "+|[\\x{1F1E6}-\\x{1F1FF}]{2})\\s*", "");
        if (this == DEFAULT && (LANGUAGE_LINK.matcher(link).matches() || LANGUAGE_POINTER.matcher(link).matches())) {
            return link;
        }
        if (this == DEFAULT && REPOST_CREDIT.matcher(line.strip()).matches()) {
            return "repost credit";
        }
        for (String phrase : starts) {
            if (text.startsWith(phrase)) {
                return phrase;
            }
        }
        for (String phrase : contains) {
            if (text.contains(phrase)) {
                return phrase;
            }
        }
        return null;
    }

    /** A phrase list in the format of {@code interface-phrases.txt}, for rules that need a list of their own. */
    static InterfacePhraseRule load(String resource) {
        InterfacePhraseRule rule = new InterfacePhraseRule(resource);
        try (InputStream in = InterfacePhraseRule.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                rule.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rule;
    }

    private void add(String line) {
        if (line.isBlank() || line.startsWith("#") || line.length() < 3) {
            return;
        }
        String phrase = line.substring(2).strip().toLowerCase(Locale.ROOT);
        switch (line.charAt(0)) {
            case '=' -> whole.add(phrase);
            case '^' -> starts.add(phrase);
            case '~' -> contains.add(phrase);
            default -> throw new IllegalStateException("bad line in " + resource + ": " + line);
        }
    }
}
