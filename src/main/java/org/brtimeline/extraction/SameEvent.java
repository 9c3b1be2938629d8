package org.brtimeline.extraction;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether two candidates from different articles report the same real event: their dates overlap,
 * they share an actor, and their sentences share words. The score (0–1) weighs how much the dates
 * overlap, how many actors and how many significant words they share; the reason says which.
 */
public final class SameEvent {

    /** Below this score two candidates stay apart. */
    static final double THRESHOLD = 0.3;

    private static final int MIN_WORD = 5;
    private static final Set<String> COMMON = Set.of(
            "about", "after", "again", "against", "their", "there", "these", "those", "which", "while", "would",
            "could", "should", "other", "being", "where", "under", "since", "before", "said", "says");

    private SameEvent() {}

    /** What the comparison needs of a candidate. */
    public record Report(LocalDate earliest, LocalDate latest, List<String> actors, String text) {}

    /** A match's score and the reason shown to the editor. */
    public record Match(double score, String reason) {}

    public static Optional<Match> match(Report a, Report b) {
        double dates = dateFit(a, b);
        List<String> actors = a.actors().stream().filter(b.actors()::contains).toList();
        Set<String> words = significantWords(a.text());
        List<String> shared = significantWords(b.text()).stream()
                .filter(words::contains)
                .sorted()
                .toList();
        if (dates == 0 || actors.isEmpty() || shared.size() < 2) {
            return Optional.empty();
        }
        double actorShare = (double) actors.size()
                / Math.max(1, Math.min(a.actors().size(), b.actors().size()));
        double wordShare = Math.min(1, shared.size() / 5.0);
        double score = 0.3 * dates + 0.3 * actorShare + 0.4 * wordShare;
        if (score < THRESHOLD) {
            return Optional.empty();
        }
        return Optional.of(new Match(
                Math.round(score * 100) / 100.0,
                String.format(
                        Locale.ROOT,
                        "dates overlap %.0f%%; shared actors: %s; shared words: %s",
                        100 * dates,
                        String.join(", ", actors),
                        String.join(", ", shared.subList(0, Math.min(6, shared.size()))))));
    }

    /**
     * What the score can be before the words are compared (dates and actors): a cheap first ranking of many others,
     * of which only the best are compared word for word. 0 when they cannot be the same event.
     */
    public static double datesAndActors(Report a, Report b) {
        long actors = a.actors().stream().filter(b.actors()::contains).count();
        if (actors == 0) {
            return 0;
        }
        return 0.3 * dateFit(a, b)
                + 0.3
                        * actors
                        / Math.max(1, Math.min(a.actors().size(), b.actors().size()));
    }

    /** The best match among others, if any reaches the threshold. */
    public static <T> Optional<Best<T>> best(Report report, Collection<T> others, Function<T, Report> of) {
        return others.stream()
                .flatMap(o -> match(report, of.apply(o)).map(m -> new Best<>(o, m)).stream())
                .max(Comparator.comparingDouble(b -> b.match().score()));
    }

    /** The other candidate that matched best, and how. */
    public record Best<T>(T other, Match match) {}

    /** The days both share over the days either covers: 1 for the same dates, near 0 for a day in a year. */
    private static double dateFit(Report a, Report b) {
        LocalDate from = a.earliest().isAfter(b.earliest()) ? a.earliest() : b.earliest();
        LocalDate to = a.latest().isBefore(b.latest()) ? a.latest() : b.latest();
        if (to.isBefore(from)) {
            return 0;
        }
        LocalDate first = a.earliest().isBefore(b.earliest()) ? a.earliest() : b.earliest();
        LocalDate last = a.latest().isAfter(b.latest()) ? a.latest() : b.latest();
        return (double) (ChronoUnit.DAYS.between(from, to) + 1) / (ChronoUnit.DAYS.between(first, last) + 1);
    }

    /** Lower-case words of five letters or more, without a plural or past ending: "visited" and "visit" are one. */
    static Set<String> significantWords(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(w -> w.length() >= MIN_WORD && !COMMON.contains(w))
                .map(w -> w.replaceFirst("(ing|ed|s)$", ""))
                .collect(Collectors.toSet());
    }
}
