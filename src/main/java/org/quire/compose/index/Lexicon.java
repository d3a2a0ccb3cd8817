package org.quire.compose.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists the automatic finder judges by, shipped as resources under
 * {@code org/quire/compose/}: stopwords (English and Spanish), titles, abbreviations, name particles,
 * organisation words, event and map words, nationality adjectives and a small gazetteer. Data, not code, so an editor can read and extend them.
 */
public final class Lexicon {
    private static final String FOLDER = "/org/quire/compose/";
    private static Lexicon standard;

    private final Set<String> stopwords;
    private final Set<String> titles;
    private final Set<String> abbreviations;
    private final Set<String> particles;
    private final Set<String> organisationWords;
    private final Set<String> nonPersonWords;
    private final Set<String> nationalities;
    private final Set<String> places;

    private Lexicon(Set<String> stopwords, Set<String> titles, Set<String> abbreviations, Set<String> particles,
            Set<String> organisationWords, Set<String> nonPersonWords, Set<String> nationalities, Set<String> places) {
        this.stopwords = stopwords;
        this.titles = titles;
        this.abbreviations = abbreviations;
        this.particles = particles;
        this.organisationWords = organisationWords;
        this.nonPersonWords = nonPersonWords;
        this.nationalities = nationalities;
        this.places = places;
    }

    /** The lists shipped with Quire; read once. */
    public static synchronized Lexicon standard() {
        if (standard == null) {
            Set<String> stopwords = lowered(List.of("stopwords-en.txt", "stopwords-es.txt"));
            standard = new Lexicon(stopwords, lowered(List.of("titles.txt")), lowered(List.of("abbreviations.txt")),
                    Set.copyOf(lines("name-particles.txt")), lowered(List.of("organisation-words.txt")),
                    lowered(List.of("non-person-words.txt")), lowered(List.of("nationalities.txt")),
                    Set.copyOf(lines("places.txt")));
        }
        return standard;
    }

    boolean isStopword(String word) {
        return stopwords.contains(lower(word));
    }

    boolean isTitle(String word) {
        return titles.contains(lower(word));
    }

    /** A word after which a full stop does not end the sentence. */
    boolean isAbbreviation(String word) {
        return abbreviations.contains(lower(word)) || titles.contains(lower(word));
    }

    /** "de", "of", "van": lowercase words a name may run on through. */
    boolean isParticle(String word) {
        return particles.contains(word);
    }

    boolean isOrganisationWord(String word) {
        return organisationWords.contains(lower(word));
    }

    /** "Revolution", "War", "River": words that make a name an event, a document or a feature of a map. */
    boolean isNonPersonWord(String word) {
        return nonPersonWords.contains(lower(word));
    }

    /** "Mexican", "Jewish", "Maoist": an adjective of nationality, religion or doctrine. */
    boolean isNationality(String word) {
        return nationalities.contains(lower(word));
    }

    /** A country, region or city, as written (case matters: "Chad" is a place, "chad" is not). */
    boolean isPlace(String phrase) {
        return places.contains(phrase);
    }

    private static Set<String> lowered(List<String> files) {
        Set<String> words = new HashSet<>();
        for (String file : files) {
            for (String line : lines(file)) {
                words.add(lower(line));
            }
        }
        return Set.copyOf(words);
    }

    private static List<String> lines(String file) {
        try (InputStream in = Lexicon.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FOLDER + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
