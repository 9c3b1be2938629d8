package org.brtimeline.extraction;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence says happened, by rules: who (the chronology's actors and their aliases, and new names worth
 * proposing), where (a {@link Gazetteer}), a category ({@link Categories}), and a title in the chronology's style, "who
 * does what" in the present tense ("Lavrov and Makei hold talks in Moscow", {@link EventTitles}).
 */
public final class EventDescriber {

    /** Organisations named by their kind: "the Investigative Committee", "the Ministry of Foreign Affairs". */
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?:the\\s+)?(?<name>(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}(?:Ministry|Council|Committee|Court|Parliament"
                    + "|Assembly|Service|Agency|Party|Department|Army|Union|Bank|Commission|Alliance|Duma|Guard"
                    + "|Forces)(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)?)");
    /** An acronym: "OSCE", "CSTO". */
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}.])\\p{Lu}{3,5}(?![\\p{L}.])");
    /** Two people the text has named: "the two leaders", "the two men", "both presidents". */
    private static final Pattern TWO_OF_THEM = Pattern.compile("\\b(?:[Tt]he\\s+two|[Bb]oth)\\s+(?:men|women|leaders"
            + "|presidents|prime\\s+ministers|ministers|foreign\\s+ministers|heads\\s+of\\s+state)\\b");
    /**
     * A name that opens a sentence as its subject: "Slepian, 52,", "Dr. Barnett Slepian was"; not a word and a comma
     * before a pronoun ("Now, he says").
     */
    private static final Pattern SUBJECT_NAME = Pattern.compile("(?<name>" + Names.of(1, 4)
            + ")(?=,\\s+(?!(?i:he|she|it|they|we|i|you)\\b)|\\s+(?:was|is|has" + "|had|said|says|\\p{Ll}+ed)\\b)");
    /** Capitalised words that open a sentence without naming anyone: "The", "In", "But". */
    private static final Pattern OPENING_WORD = Pattern.compile("(?:The|A|An|In|On|At|But|And|This|That|These|Those|It"
            + "|He|She|They|We|Then|Also|Meanwhile|However|After|Before|When|While|If|As|For|With|Last|Next|Earlier"
            + "|Later|Today|Yesterday)\\b");
    /**
     * "with" and the words of its phrase before a name: "At a joint press conference with his Belarusian counterpart
     * [Vladimir Makei], he said": the person one was with is not the "he" after it.
     */
    private static final Pattern WITH_BEFORE = Pattern.compile("\\bwith\\s+[^,]*$");
    /** What is said again and again is no event of a day: "has repeatedly said", "has long argued", "often says". */
    private static final Pattern HABITUAL = Pattern.compile(
            "(?i)\\b(?:repeatedly|regularly|often|always|never|usually|has long|have long|time and again)\\b");
    /** A finite verb of something that happened: "has arrived", "met", "was detained", "says". */
    private static final Pattern EVENT_VERB = Pattern.compile(
            "\\b(?:(?:has|have|was|were)\\s+(?:been\\s+)?)?(?<verb>\\p{Ll}+ed|met|held|said|says|told|took|made|gave"
                    + "|came|began|sent|spoke|left|brought|paid|led|won|froze|struck|fled|fell|arrived|announced)\\b");

    private final List<KnownActor> actors;
    private final List<Pattern> spellings;
    private final Gazetteer gazetteer;
    private final Map<String, String> countryOf;

    public EventDescriber(List<KnownActor> actors, Gazetteer gazetteer) {
        this.actors = List.copyOf(actors);
        this.spellings = this.actors.stream().map(KnownActor::spellings).toList();
        this.gazetteer = gazetteer;
        this.countryOf = countriesByAlias(this.actors);
    }

    /** The states' other names ("Belarusian", "Russian Federation") → their names, for territories named by adjective. */
    private static Map<String, String> countriesByAlias(List<KnownActor> actors) {
        Map<String, String> countryOf = new HashMap<>();
        actors.stream()
                .filter(KnownActor::isState)
                .forEach(state -> state.aliases().forEach(alias -> countryOf.putIfAbsent(alias, state.name())));
        return Map.copyOf(countryOf);
    }

    /** What the sentence says; {@code dates} are the offsets (within the sentence) of its temporal expressions, left out of the title. */
    public Description describe(String sentence, List<int[]> dates) {
        return describe(sentence, dates, null);
    }

    /**
     * As {@link #describe(String, List)}, where a sentence whose subject is "he" or "she", with no person named before
     * it, speaks of the person named last before the sentence ({@code previousPerson}, or null when none was).
     */
    public Description describe(String sentence, List<int[]> dates, KnownActor previousPerson) {
        return describe(sentence, dates, null, previousPerson);
    }

    /**
     * As {@link #describe(String, List, int[], KnownActor)}, where "the two leaders" ("the two men", "the two
     * presidents", "both ministers") that no person named before it in the sentence explains are the two people named
     * last before the sentence ({@code previousPeople}, in the order named): "The two leaders signed the decree …" →
     * "Putin and Lukashenko sign the decree …".
     */
    public Description describe(
            String sentence,
            List<int[]> dates,
            int[] date,
            KnownActor previousPerson,
            List<KnownActor> previousPeople) {
        Matcher pair = TWO_OF_THEM.matcher(sentence);
        if (previousPeople.size() != 2
                || !pair.find()
                || lastPersonIn(sentence.substring(0, pair.start())).isPresent()) {
            return describe(sentence, dates, date, previousPerson);
        }
        String names =
                previousPeople.get(0).name() + " and " + previousPeople.get(1).name();
        int shift = names.length() - (pair.end() - pair.start());
        String text = sentence.substring(0, pair.start()) + names + sentence.substring(pair.end());
        UnaryOperator<int[]> moved = d -> d[0] >= pair.end() ? new int[] {d[0] + shift, d[1] + shift} : d;
        return describe(
                text, dates.stream().map(moved).toList(), date == null ? null : moved.apply(date), previousPerson);
    }

    /**
     * As {@link #describe(String, List, KnownActor)}, for the event of one of the sentence's dates ({@code date}, one of
     * {@code dates}): a date inside a relative clause or a parenthesis dates that clause's event ("Putin (who was banned
     * from entering Moldova on April 28th) is also involved in …" → "Putin is banned from entering Moldova"), and a date
     * closing an adjunct "following / after / before the …" dates what that adjunct names ("… appointed last week
     * following the unexpected death of his predecessor, Vladimir Makei, in late November" → "The unexpected death of
     * his predecessor, Vladimir Makei"). Otherwise the sentence's title.
     */
    public Description describe(String sentence, List<int[]> dates, int[] date, KnownActor previousPerson) {
        Map<Integer, KnownActor> named = actorsNamedIn(sentence);
        Matcher pronoun = ActorMentions.PERSONAL_PRONOUN.matcher(sentence);
        KnownActor meantByPronoun = previousPerson != null
                        && pronoun.find()
                        && !named.containsValue(previousPerson)
                        && named.keySet().stream()
                                .noneMatch(at -> at < pronoun.start()
                                        && named.get(at).isPerson()
                                        && !withInOpening(sentence.substring(0, at)))
                        && !opensWithAnotherName(sentence, pronoun.start(), named.keySet())
                ? previousPerson
                : null;
        if (meantByPronoun != null) {
            named.put(pronoun.start(), meantByPronoun);
        }
        List<KnownActor> found = named.values().stream().distinct().toList();
        Optional<DateClause> part = date == null ? Optional.empty() : DateClause.of(sentence, dates, date, found);
        // "the unexpected death of his predecessor, Vladimir Makei" is told as what happened: "Makei dies unexpectedly"
        String title = part.map(clause -> clause.nounPhrase()
                        ? TitleFit.fit(EventNouns.asClause(clause.text()).orElse(clause.text()), found)
                        : EventTitles.of(clause.text(), clause.dates(), found, null))
                .orElse(null);
        // the actors of the part of the sentence the date dates, when it names any ("The unexpected death of his
        // predecessor, Vladimir Makei": Makei, not Lavrov and Aleinik of the main clause)
        List<KnownActor> actorsOfPart = part.map(clause -> found.stream()
                        .filter(a -> a.indexIn(clause.text()) >= 0)
                        .toList())
                .filter(list -> !list.isEmpty())
                .orElse(found);
        String chosen = title != null && !title.isBlank() ? title : wholeTitle(sentence, dates, found, meantByPronoun);
        return new Description(
                chosen,
                actorsOfPart.stream().map(KnownActor::name).toList(),
                newNames(sentence, found),
                part.map(clause -> gazetteer.whereIn(clause.text(), countryOf))
                        .filter(places -> !places.isEmpty())
                        .orElseGet(() -> gazetteer.whereIn(sentence, countryOf)),
                Categories.of(chosen, part.map(DateClause::text), sentence));
    }

    /** The actors the sentence names, by where it first names each. */
    private Map<Integer, KnownActor> actorsNamedIn(String sentence) {
        Map<Integer, KnownActor> named = new TreeMap<>();
        for (int i = 0; i < actors.size(); i++) {
            Matcher m = spellings.get(i).matcher(sentence);
            if (m.find()) {
                named.putIfAbsent(m.start(), actors.get(i));
            }
        }
        return named;
    }

    /**
     * Whether one of the chronology's actors says what the sentence reports ("In an interview with Russian journalists,
     * President of Belarus Alexander Lukashenko said that …"); not a source who is none of them ("In an interview with
     * RT, Nikita Danyuk, deputy director of the RUDN Institute, stressed that modern Ukraine …").
     */
    public boolean saidByAnActor(String sentence) {
        List<KnownActor> found =
                actorsNamedIn(sentence).values().stream().distinct().toList();
        return Speakers.reported(TitleText.of(sentence, List.of(), null), sentence, found)
                        .saidBy()
                != null;
    }

    /**
     * Whether a text ends inside a "with" phrase of the sentence's opening, before any verb: "At a joint press
     * conference with his Belarusian counterpart [Vladimir Makei]"; not "The Jordanian monarch met this week with
     * [Saddam]", where the one met may well be the "he" that follows.
     */
    private static boolean withInOpening(String text) {
        Matcher with = WITH_BEFORE.matcher(text);
        return with.find() && !Clauses.hasFiniteVerb(text.substring(0, with.start()));
    }

    /**
     * Whether a sentence opens with a name, before its pronoun at {@code pronoun}, that is none of the chronology's
     * actors nor a place, as the subject of the sentence ("Slepian, 52, and the father of four boys, was shot to death … as he stood chatting"): "he" is that
     * person, not the one named before the sentence.
     */
    private boolean opensWithAnotherName(String sentence, int pronoun, Set<Integer> actorsAt) {
        Matcher name = SUBJECT_NAME.matcher(sentence);
        return name.lookingAt()
                && name.end() < pronoun
                && !actorsAt.contains(0)
                && !OPENING_WORD.matcher(name.group("name")).lookingAt()
                && gazetteer.placesIn(name.group("name")).isEmpty();
    }

    /**
     * Whether the sentence reports something that happened, not background: it names a known actor, has a
     * verb in the past or present perfect (or a present "says"), and asks no question.
     */
    public boolean reportsEvent(String sentence) {
        if (sentence.strip().endsWith("?")
                || spellings.stream().noneMatch(p -> p.matcher(sentence).find())) {
            return false;
        }
        if (HABITUAL.matcher(sentence).find()) {
            return false;
        }
        Matcher verb = EVENT_VERB.matcher(sentence);
        while (verb.find()) {
            String before = sentence.substring(Math.max(0, verb.start() - 40), verb.start());
            if (!Clauses.isNotAVerb(verb.group("verb"))
                    && !(verb.group().equals(verb.group("verb"))
                            && Clauses.NOT_A_FINITE_VERB_AFTER.matcher(before).find())) {
                return true;
            }
        }
        return false;
    }

    /** A sentence's event: title, the known actors and new names it names, its places and a category. */
    public record Description(
            String title, List<String> actors, List<String> newNames, List<String> places, String category) {}

    /** People with a title, organisations, acronyms and countries the chronology does not know yet, for the editor to confirm. */
    private List<String> newNames(String sentence, List<KnownActor> known) {
        Set<String> names = new LinkedHashSet<>();
        Matcher person = ActorMentions.TITLED_PERSON.matcher(sentence);
        while (person.find()) {
            names.add(person.group("name") + " (" + person.group("title") + ")");
        }
        Matcher organisation = ORGANISATION.matcher(sentence);
        while (organisation.find()) {
            names.add(organisation.group("name"));
        }
        Matcher acronym = ACRONYM.matcher(sentence);
        while (acronym.find()) {
            if (acronym.start() > 0) {
                names.add(acronym.group());
            }
        }
        gazetteer.placesIn(sentence).stream().filter(gazetteer::isCountry).forEach(names::add);
        List<Pattern> knownSpellings = known.stream().map(KnownActor::spellings).toList();
        return names.stream()
                .filter(n -> knownSpellings.stream().noneMatch(p -> p.matcher(n).find()))
                .filter(n ->
                        actors.stream().noneMatch(a -> a.spellings().matcher(n).matches()))
                .toList();
    }

    /**
     * The sentence's title; when the rules leave nothing (a damaged line whose words all stood in brackets: "•
     * (Protest rally in Minsk, September 6, ) 2020"), the sentence itself, cut to a title's length.
     */
    private String wholeTitle(String sentence, List<int[]> dates, List<KnownActor> found, KnownActor meantByPronoun) {
        String title = EventTitles.of(sentence, dates, found, meantByPronoun);
        return title.isBlank() ? TitleFit.fit(sentence.replaceFirst("^[^\\p{L}\\d]+", ""), found) : title;
    }

    /** The people the sentence names, each once, in the order it first names them. */
    public List<KnownActor> peopleIn(String sentence) {
        return firstNamed(sentence).values().stream().distinct().toList();
    }

    /** The people the sentence names, by where it first names each. */
    private Map<Integer, KnownActor> firstNamed(String sentence) {
        Map<Integer, KnownActor> byPosition = new TreeMap<>();
        for (int i = 0; i < actors.size(); i++) {
            if (actors.get(i).isPerson()) {
                Matcher m = spellings.get(i).matcher(sentence);
                if (m.find()) {
                    byPosition.putIfAbsent(m.start(), actors.get(i));
                }
            }
        }
        return byPosition;
    }

    /**
     * Who a "he" or "she" of the next sentence most likely is: the person the sentence's subject names ("MINSK --
     * Russian Foreign Minister Sergei Lavrov, accompanied by a large delegation, arrived in Minsk as … Alyaksandr
     * Lukashenka sought new loans": Lavrov), else the person it names last.
     */
    public Optional<KnownActor> subjectPersonIn(String sentence) {
        return firstNamed(sentence).entrySet().stream()
                .findFirst()
                .filter(first -> !Clauses.hasFiniteVerb(sentence.substring(0, first.getKey())))
                .map(Map.Entry::getValue)
                .or(() -> lastPersonIn(sentence));
    }

    /** The person named last in the sentence, if any. */
    public Optional<KnownActor> lastPersonIn(String sentence) {
        KnownActor last = null;
        int at = -1;
        for (int i = 0; i < actors.size(); i++) {
            if (actors.get(i).isPerson()) {
                Matcher m = spellings.get(i).matcher(sentence);
                while (m.find()) {
                    if (m.start() > at) {
                        at = m.start();
                        last = actors.get(i);
                    }
                }
            }
        }
        return Optional.ofNullable(last);
    }
}
