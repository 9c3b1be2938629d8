package org.brtimeline.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Place names from real data sets: the countries of the JDK's locale data (CLDR) and the GeoNames
 * cities of at least 15,000 people ({@code extraction/cities15000.tsv}, CC BY 4.0, see docs/NOTICE).
 *
 * <p>Many town names are also words ("Police", "Of", "Split", "Best"), so a town counts only when
 * capitalised, not first in its sentence, and either large (a million people) or after a word of
 * place ("in Sochi", "to Minsk", "visited Irkutsk"); a country counts wherever it is capitalised,
 * unless a town of it is named too ("Minsk, Belarus" is Minsk).
 */
public final class Gazetteer {

    private static final String CITIES = "/extraction/cities15000.tsv";
    private static final int LARGE_CITY = 1_000_000;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}|\\p{L}");
    private static final int MAX_WORDS = 4;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Between two members of a list: "Novosibirsk, Irkutsk and Sverdlovsk" (a town after a place counts too). */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|,?\\s+(?:and|or))\\s+");
    /** After a member of a list: another separator or the list's end ("…, Irkutsk and", "… and Sverdlovsk –"). */
    private static final Pattern LIST_GOES_ON = Pattern.compile("\\s*(?:,|\\band\\b|\\bor\\b|[–—);.]|$)");

    private static final Pattern PLACE_WORD = Pattern.compile(
            "(?i)(?:^|\\s)(?:in|to|from|at|near|outside|into|towards?|visited|visits?|visiting|via|of)\\s+(?:the\\s+)?$");

    /**
     * Words that put an event at the place right after them: "in Sochi", "to Belarus", "visited Irkutsk", "across
     * Belarus" (not "from", "of" or "with": "troops from Russia", "the Ministry of Foreign Affairs of Ukraine",
     * "contacts with Minsk" name a place the event is not at).
     */
    private static final Pattern LOCATIVE =
            Pattern.compile("(?i)(?:^|[\\s—–])(?:in|at|near|outside|inside|across|throughout"
                    + "|around|into|to|towards?|over|via|visit(?:s|ed|ing)?|enter(?:s|ed|ing)?|reach(?:es|ed|ing)?"
                    + "|tour(?:s|ed|ing)?)\\s+(?:the\\s+)?"
                    // "in the center of Minsk", "on the outskirts of Kyiv"
                    + "(?:(?:\\p{L}+\\s+){0,2}(?:center|centre|heart|outskirts|suburbs|streets|capital|city|town|region"
                    + "|province|republic|territory|north|south|east|west|border)\\s+of\\s+(?:the\\s+)?"
                    // "a working visit to three Russian regions – Novosibirsk, Irkutsk and Sverdlovsk"
                    + "|(?:\\p{L}+\\s+){0,3}\\p{L}+\\s*[–—:]\\s*)?$");

    /** A country's land, air or border, by its adjective: "Belarusian territory", "the Russian border". */
    private static final Pattern TERRITORY =
            Pattern.compile("(?<adjective>\\p{Lu}\\p{L}+)\\s+(?:territory|soil|airspace|border|borders|frontier)\\b");

    /** A dateline: the place a report was filed from, in capitals at its start ("MINSK --", "WASHINGTON, March 12"). */
    private static final Pattern DATELINE = Pattern.compile("\\p{Lu}[\\p{Lu} .'’-]*\\p{Lu}\\s*(?:--|—|–|,|\\()");

    /** The names of months and weekdays, which a data set of towns also holds ("March", "Sunday"). */
    private static final Pattern CALENDAR_WORD = Pattern.compile("january|february|march|april|may|june|july|august"
            + "|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday");

    private static final Gazetteer INSTANCE = load();

    /** Lower-case name → population (countries: {@link Integer#MAX_VALUE}). */
    private final Map<String, Integer> population;

    private final Map<String, String> spelling;

    /** A town's country, by the town's spelling: "Minsk" → "Belarus". */
    private final Map<String, String> country;

    private Gazetteer(Map<String, Integer> population, Map<String, String> spelling, Map<String, String> country) {
        this.population = population;
        this.spelling = spelling;
        this.country = country;
    }

    public static Gazetteer instance() {
        return INSTANCE;
    }

    private static Gazetteer load() {
        Map<String, Integer> population = new HashMap<>();
        Map<String, String> spelling = new HashMap<>();
        Map<String, String> country = new HashMap<>();
        Map<String, String> countries = new HashMap<>();
        try (InputStream in = Objects.requireNonNull(Gazetteer.class.getResourceAsStream(CITIES), CITIES);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] cells = line.split("\t");
                String key = cells[0].toLowerCase(Locale.ROOT);
                int people = Integer.parseInt(cells[2]);
                if (population.getOrDefault(key, -1) < people) {
                    population.put(key, people);
                    spelling.put(key, cells[0]);
                    country.put(cells[0], countries.computeIfAbsent(cells[1], Gazetteer::countryName));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String code : Locale.getISOCountries()) {
            String name = countryName(code);
            population.put(name.toLowerCase(Locale.ROOT), Integer.MAX_VALUE);
            spelling.put(name.toLowerCase(Locale.ROOT), name);
        }
        return new Gazetteer(Map.copyOf(population), Map.copyOf(spelling), Map.copyOf(country));
    }

    private static String countryName(String code) {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    /** The places the sentence names, each once, in the order it names them, spelled as the data set does. */
    public List<String> placesIn(String sentence) {
        return placesIn(sentence, Gazetteer::counts);
    }

    /**
     * The places the sentence puts its event at: named after a word of location ("talks in Sochi", "sent troops to
     * Belarus", "visited Novosibirsk, Irkutsk and Sverdlovsk"), or else in the dateline ("MINSK -- …": where the
     * report was filed, which "MOSCOW -- … signed the treaty in Minsk" shows is not always where it happened); a
     * country or city named as who acts or is acted on ("Belarus criticised Kiev", "contacts with Minsk") is no
     * place of the event.
     */
    public List<String> whereIn(String sentence) {
        return whereIn(sentence, Map.of());
    }

    /**
     * As {@link #whereIn(String)}, where a country named by an adjective is a place too when it is a territory the event
     * is at: "dispatched troops to Belarusian territory", "patrol flights over the Belarusian border" ({@code
     * countryOf} maps such words, "Belarusian", to the country's name, which must be one of the data set's
     * countries).
     */
    public List<String> whereIn(String sentence, Map<String, String> countryOf) {
        List<String> located = locatedIn(sentence, countryOf);
        return located.isEmpty()
                ? placesIn(
                        sentence,
                        (text, at, people) -> text.substring(0, at).isBlank()
                                && DATELINE.matcher(text.substring(at)).lookingAt())
                : located;
    }

    private List<String> locatedIn(String sentence, Map<String, String> countryOf) {
        List<String> located = placesIn(
                sentence,
                (text, at, people) -> LOCATIVE.matcher(text.substring(0, at)).find());
        if (countryOf.isEmpty()) {
            return located;
        }
        List<String> places = new ArrayList<>(located);
        Matcher territory = TERRITORY.matcher(sentence);
        while (territory.find()) {
            String country = countryOf.get(territory.group("adjective"));
            if (country != null
                    && isCountry(country)
                    && LOCATIVE.matcher(sentence.substring(0, territory.start()))
                            .find()) {
                places.add(country);
            }
        }
        return places.stream().distinct().toList();
    }

    private interface Counts {
        boolean test(String sentence, int at, int people);
    }

    private List<String> placesIn(String sentence, Counts counts) {
        List<MatchResult> words = WORD.matcher(sentence).results().toList();
        Map<Integer, String> found = new TreeMap<>();
        int lastPlaceEnd = -1;
        for (int i = 0; i < words.size(); i++) {
            // the longest run of capitalised words that is a place: "Buenos Aires", "United States"
            for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1; n--) {
                if (!capitalised(words.subList(i, i + n))) {
                    continue;
                }
                int from = words.get(i).start();
                String key =
                        sentence.substring(from, words.get(i + n - 1).end()).toLowerCase(Locale.ROOT);
                Integer people = CALENDAR_WORD.matcher(key).matches()
                        ? null // "in March" is a month, not the town in Cambridgeshire
                        : population.get(key.replaceAll("\\s+", " "));
                boolean listed = lastPlaceEnd >= 0
                        && LIST_SEPARATOR
                                .matcher(sentence.substring(lastPlaceEnd, from))
                                .matches()
                        && LIST_GOES_ON
                                .matcher(sentence.substring(words.get(i + n - 1).end()))
                                .lookingAt();
                if (people != null && (listed || counts.test(sentence, from, people))) {
                    found.putIfAbsent(from, spelling.get(key.replaceAll("\\s+", " ")));
                    lastPlaceEnd = words.get(i + n - 1).end();
                    i += n - 1;
                    break;
                }
            }
        }
        // "Minsk, Belarus": the town says where; its country adds nothing
        List<String> towns = found.values().stream().filter(p -> !isCountry(p)).toList();
        return found.values().stream()
                .distinct()
                .filter(p -> !isCountry(p) || towns.stream().noneMatch(t -> p.equals(country.get(t))))
                .toList();
    }

    /** Capitalised words; a short all-capital word is an acronym ("UN", "US"), not a town. */
    private static boolean capitalised(List<MatchResult> words) {
        return words.stream()
                .allMatch(w -> Character.isUpperCase(w.group().charAt(0))
                        && !(w.group().length() <= 3
                                && w.group().equals(w.group().toUpperCase(Locale.ROOT))));
    }

    /** Whether the name is a country of the data set (the JDK's English country names). */
    public boolean isCountry(String name) {
        return population.getOrDefault(name.toLowerCase(Locale.ROOT), 0) == Integer.MAX_VALUE;
    }

    private static boolean counts(String sentence, int at, int people) {
        if (people == Integer.MAX_VALUE) {
            return true;
        }
        boolean first = sentence.substring(0, at).isBlank();
        return !first
                && (people >= LARGE_CITY
                        || PLACE_WORD.matcher(sentence.substring(0, at)).find());
    }
}
