package org.brtimeline.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.brtimeline.chronology.ActorKind;
import org.brtimeline.chronology.DateWindow;
import org.brtimeline.chronology.EventClues;
import org.brtimeline.chronology.EventDetails;

/**
 * Which existing event a candidate sentence most likely reports again. Among the events whose dates overlap the
 * sentence's, one qualifies when it shares a person or organisation (not merely a state) or two significant words
 * (of its title, summary and places); the best is the one sharing the most actors, then words, then the closest
 * dates. So "Putin last visited Minsk in December 2022" points to Putin's visit to Minsk on 19 December, not to
 * another event of that month that happens to come first. The events compared are those the search index finds most
 * alike by the same measures ({@link #clues}) among all that overlap the sentence's dates, however crowded its days.
 */
final class PossibleDuplicate {

    private static final int ACTOR_WEIGHT = 3;
    private static final int DATE_WEIGHT = 2;
    private static final int MIN_WORD = 5;

    private PossibleDuplicate() {}

    /** What the search index is asked for: the sentence's days, the people and organisations it names, its words. */
    static EventClues clues(DateWindow days, String quote, List<EventDetails.ActorRef> actors) {
        return new EventClues(days, namedActorIds(actors), longWords(quote));
    }

    static Optional<EventDetails> among(
            Collection<EventDetails> overlapping,
            String quote,
            List<EventDetails.ActorRef> actors,
            LocalDate earliest,
            LocalDate latest) {
        Set<Long> actorIds = namedActorIds(actors);
        Set<String> words = significantWords(quote);
        return overlapping.stream()
                .map(event -> new Match(
                        event,
                        event.actors().stream()
                                .filter(a -> actorIds.contains(a.id()))
                                .count(),
                        significantWords(describe(event)).stream()
                                .filter(words::contains)
                                .count(),
                        dateFit(event, earliest, latest)))
                .filter(m -> m.actors() >= 1 || m.words() >= 2)
                .max(Comparator.comparingDouble(Match::score)
                        .thenComparing(m -> m.event().earliest(), Comparator.reverseOrder()))
                .map(Match::event);
    }

    private record Match(EventDetails event, long actors, long words, double dateFit) {

        double score() {
            return ACTOR_WEIGHT * actors + words + DATE_WEIGHT * dateFit;
        }
    }

    private static String describe(EventDetails event) {
        return Stream.concat(
                        Stream.of(event.title(), event.summary() == null ? "" : event.summary()),
                        event.places().stream())
                .collect(Collectors.joining(" "));
    }

    /** The days both share over the days either covers: 1 for the same dates, near 0 for a day in a year. */
    private static double dateFit(EventDetails event, LocalDate earliest, LocalDate latest) {
        LocalDate from = event.earliest().isAfter(earliest) ? event.earliest() : earliest;
        LocalDate to = event.latest().isBefore(latest) ? event.latest() : latest;
        if (to.isBefore(from)) {
            return 0;
        }
        LocalDate first = event.earliest().isBefore(earliest) ? event.earliest() : earliest;
        LocalDate last = event.latest().isAfter(latest) ? event.latest() : latest;
        return (double) (ChronoUnit.DAYS.between(from, to) + 1) / (ChronoUnit.DAYS.between(first, last) + 1);
    }

    /** People and organisations: every other event involves a state. */
    private static Set<Long> namedActorIds(List<EventDetails.ActorRef> actors) {
        return actors.stream()
                .filter(a -> a.kind() != ActorKind.STATE)
                .map(EventDetails.ActorRef::id)
                .collect(Collectors.toSet());
    }

    /** Lower-case words of five letters or more, without a plural or past ending: "visited" and "visit" are one. */
    static Set<String> significantWords(String text) {
        return longWords(text).stream()
                .map(w -> w.replaceFirst("(ing|ed|s)$", ""))
                .collect(Collectors.toSet());
    }

    /** Lower-case words of five letters or more, as written (the search index knows their inflections itself). */
    private static Set<String> longWords(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(w -> w.length() >= MIN_WORD)
                .collect(Collectors.toSet());
    }
}
