package org.brtimeline.extraction;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    boolean isPerson() {
        return "PERSON".equals(kind);
    }

    /** How a title names it: a person by surname ("Lavrov"), anything else by its name. */
    String shortName() {
        return isPerson() ? name.substring(name.lastIndexOf(' ') + 1) : name;
    }
}
