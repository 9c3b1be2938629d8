package org.brtimeline.extraction;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A noun phrase that names what happened to someone, told as a clause for a title: "the unexpected death of his
 * predecessor, Vladimir Makei" → "Vladimir Makei dies unexpectedly", "the arrest of Roman Protasevich in Minsk" →
 * "Roman Protasevich is arrested in Minsk". A phrase of another shape is left as it is.
 */
final class EventNouns {

    private static final Map<String, String> VERB_OF_NOUN = Map.ofEntries(
            Map.entry("death", "dies"),
            Map.entry("killing", "is killed"),
            Map.entry("murder", "is murdered"),
            Map.entry("assassination", "is assassinated"),
            Map.entry("arrest", "is arrested"),
            Map.entry("detention", "is detained"),
            Map.entry("release", "is released"),
            Map.entry("resignation", "resigns"),
            Map.entry("dismissal", "is dismissed"),
            Map.entry("appointment", "is appointed"),
            Map.entry("election", "is elected"),
            Map.entry("reelection", "is reelected"),
            Map.entry("re-election", "is re-elected"),
            Map.entry("inauguration", "is inaugurated"),
            Map.entry("conviction", "is convicted"),
            Map.entry("execution", "is executed"),
            Map.entry("disappearance", "disappears"),
            Map.entry("abduction", "is abducted"),
            Map.entry("kidnapping", "is kidnapped"),
            Map.entry("expulsion", "is expelled"),
            Map.entry("ouster", "is ousted"),
            Map.entry("departure", "leaves"),
            Map.entry("return", "returns"),
            Map.entry("escape", "escapes"));

    /** Adjectives that tell how it happened, and their adverb: "sudden death" → "dies suddenly". */
    private static final Map<String, String> MANNER = Map.ofEntries(
            Map.entry("sudden", "suddenly"),
            Map.entry("unexpected", "unexpectedly"),
            Map.entry("abrupt", "abruptly"),
            Map.entry("mysterious", "mysteriously"),
            Map.entry("violent", "violently"),
            Map.entry("brutal", "brutally"),
            Map.entry("peaceful", "peacefully"),
            Map.entry("premature", "prematurely"),
            Map.entry("tragic", "tragically"),
            Map.entry("dramatic", "dramatically"),
            Map.entry("secret", "secretly"));

    private static final Pattern EVENT_OF = Pattern.compile("(?i)(?:the\\s+)?(?:(?<adjective>[\\p{L}-]+)\\s+)?"
            + "(?<noun>" + String.join("|", VERB_OF_NOUN.keySet()) + ")\\s+of\\s+(?<who>.+?)"
            + "(?<rest>\\s+(?:in|at|on|to|from|near|after|before|by)\\s+.*)?");

    /** "his predecessor, Vladimir Makei": the name after the description. */
    private static final Pattern DESCRIBED_NAME = Pattern.compile("[^,]+,\\s+(?<name>\\p{Lu}[^,]*)");

    /** Someone only a pronoun names: "his predecessor", "their leader". */
    private static final Pattern PRONOUN_FIRST = Pattern.compile("(?i)(?:his|her|their|its|our|my|your)\\b.*");

    private EventNouns() {}

    static Optional<String> asClause(String nounPhrase) {
        Matcher event = EVENT_OF.matcher(nounPhrase.strip().replaceAll("[,.]+$", ""));
        if (!event.matches()) {
            return Optional.empty();
        }
        String who = event.group("who").strip();
        Matcher described = DESCRIBED_NAME.matcher(who);
        if (described.matches()) {
            who = described.group("name").strip();
        }
        if (PRONOUN_FIRST.matcher(who).matches() || !Character.isUpperCase(who.charAt(0))) {
            return Optional.empty();
        }
        String verb = VERB_OF_NOUN.get(event.group("noun").toLowerCase(Locale.ROOT));
        if (Verbs.takesPlural(who)) {
            verb = Verbs.plural(verb);
        }
        String adjective =
                event.group("adjective") == null ? "" : event.group("adjective").toLowerCase(Locale.ROOT);
        String manner = MANNER.containsKey(adjective) ? " " + MANNER.get(adjective) : "";
        String rest = event.group("rest") == null ? "" : event.group("rest");
        return Optional.of(who + " " + verb + manner + rest);
    }
}
