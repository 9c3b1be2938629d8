package org.brtimeline.extraction;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An actor of the chronology as the extraction sees it: its name, kind (PERSON, STATE, ORGANISATION) and other spellings. */
public record KnownActor(String name, String kind, List<String> aliases) {

    public KnownActor {
        aliases = List.copyOf(aliases);
    }

    /** Compiled once per actor: titles and new names test spellings many times per sentence. */
    private static final Map<KnownActor, Pattern> SPELLINGS = new ConcurrentHashMap<>();

    /** Any of its spellings as a whole word; the longest first, so "Alyaksandr Lukashenka" wins over "Lukashenka". */
    Pattern spellings() {
        return SPELLINGS.computeIfAbsent(this, KnownActor::compile);
    }

    private static Pattern compile(KnownActor actor) {
        String name = actor.name();
        List<String> aliases = actor.aliases();
        return Pattern.compile("(?<![\\p{L}])(?:"
                + Stream.concat(Stream.of(name), aliases.stream())
                        .sorted((a, b) -> b.length() - a.length())
                        .map(Pattern::quote)
                        .collect(Collectors.joining("|"))
                + ")(?![\\p{L}])");
    }

    /**
     * The actor a text ends with, if it ends with one's name ("… his first meeting with Aleinik", "… Vladimir Putin"):
     * who a relative pronoun or a parenthesis right after it refers to. The first of {@code actors} when several do.
     */
    static Optional<KnownActor> endingAt(String text, List<KnownActor> actors) {
        String before = text.stripTrailing();
        return actors.stream()
                .filter(actor -> {
                    Matcher m = actor.spellings().matcher(before);
                    int end = -1;
                    while (m.find()) {
                        end = m.end();
                    }
                    return end == before.length();
                })
                .findFirst();
    }

    boolean isPerson() {
        return "PERSON".equals(kind);
    }

    boolean isState() {
        return "STATE".equals(kind);
    }

    /** How a title names it: a person by surname ("Lavrov"), anything else by its name. */
    String shortName() {
        return isPerson() ? name.substring(name.lastIndexOf(' ') + 1) : name;
    }

    /** Where the text first names it, or -1. */
    int indexIn(String text) {
        Matcher m = spellings().matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** People before organisations before states: who speaks or acts is rarely the state when a person is named. */
    int rank() {
        return switch (kind) {
            case "PERSON" -> 0;
            case "ORGANISATION" -> 1;
            default -> 2;
        };
    }

    /**
     * Whether a text names it as more than an adjective: "a Russian military base" and "the Bush administration" name
     * no actor that acts, "Russian President Putin" and "Russia's army" do.
     */
    boolean actsIn(String text) {
        Matcher m = spellings().matcher(text);
        while (m.find()) {
            boolean nounFollows = text.substring(m.end()).matches("(?s)\\s+\\p{Ll}.*");
            // "the Bush administration", "the Putin government": a name that describes a noun is not the person
            boolean adjective = isPerson()
                    ? nounFollows && text.substring(0, m.start()).matches("(?is).*\\bthe\\s+")
                    : isState() && nounFollows;
            if (!adjective) {
                return true;
            }
        }
        return false;
    }
}
