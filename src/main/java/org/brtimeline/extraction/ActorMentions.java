package org.brtimeline.extraction;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a sentence names the chronology's actors: with a person's title, as "he" or "she", first or last of several. */
final class ActorMentions {

    /** A person's title before the name: "Foreign Minister", "Secretary of State". */
    static final String PERSON_TITLE = "(?:(?:Deputy|Acting|Former|First)\\s+)?(?:Prime Minister|Foreign Minister"
            + "|Defen[cs]e Minister|Interior Minister|Minister|President|Secretary of State|Secretary"
            + "|Spokes(?:man|woman|person)|Ambassador|Chairman|Chairwoman|Speaker|General|Senator|Governor|Mayor|Patriarch)";

    /** A person named with a title: "Foreign Minister Vladimir Makei". */
    static final Pattern TITLED_PERSON = Pattern.compile(
            "(?<title>" + PERSON_TITLE + ")\\s+(?<name>\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})");

    /** A person as the subject of a clause: "he", "she" (not "the", "shed"). */
    static final Pattern PERSONAL_PRONOUN = Pattern.compile("\\b(?:[Hh]e|[Ss]he)\\b(?!['’-])");

    private ActorMentions() {}

    /** The first "he" or "she" replaced by the person it stands for, when there is one. */
    static String withPronounNamed(String text, KnownActor person) {
        if (person == null) {
            return text;
        }
        Matcher pronoun = PERSONAL_PRONOUN.matcher(text);
        return pronoun.find()
                ? text.substring(0, pronoun.start()) + person.name() + text.substring(pronoun.end())
                : text;
    }

    /** The actors a text names as more than a state's adjective (see {@link KnownActor#actsIn}). */
    static List<KnownActor> actingIn(String text, List<KnownActor> found) {
        return found.stream().filter(a -> a.actsIn(text)).toList();
    }

    /** The actor of highest {@link KnownActor#rank() rank} the text names, the last named among equals. */
    static String lastActorIn(String text, List<KnownActor> found) {
        return actorIn(text, found, Comparator.comparingInt(a -> -a.indexIn(text)));
    }

    /** The actor of highest {@link KnownActor#rank() rank} the text names, the first named among equals. */
    static String firstActorIn(String text, List<KnownActor> found) {
        return actorIn(text, found, Comparator.comparingInt(a -> a.indexIn(text)));
    }

    private static String actorIn(String text, List<KnownActor> found, Comparator<KnownActor> amongEquals) {
        return found.stream()
                .filter(a -> a.indexIn(text) >= 0)
                .min(Comparator.comparingInt(KnownActor::rank).thenComparing(amongEquals))
                .map(a -> speakerName(text, a))
                .orElse(null);
    }

    /** A person by surname with the title the sentence gives ("Belarusian Foreign Minister Makei"), anything else by name. */
    static String speakerName(String text, KnownActor actor) {
        if (!actor.isPerson()) {
            return actor.name();
        }
        Matcher titled = TITLED_PERSON.matcher(text);
        while (titled.find()) {
            if (actor.spellings().matcher(titled.group("name")).find()) {
                return titled.group("title") + " " + actor.shortName();
            }
        }
        return actor.shortName();
    }
}
