package org.brtimeline.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/** The random choices of the generators, from one seeded source, so that a seed gives the same data. */
final class Chance {

    /** The synthetic chronology runs from here ... */
    static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);
    /** ... to here (dates qualified "about", "before" or "after" reach a few years beyond). */
    static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    private static final long DAYS = ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY);

    private final SplittableRandom random;

    Chance(long seed) {
        this.random = new SplittableRandom(seed);
    }

    boolean pick(double probability) {
        return random.nextDouble() < probability;
    }

    /** A number in {@code [from, to]}. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    double fraction() {
        return random.nextDouble();
    }

    <T> T oneOf(T[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** An index below {@code size}, small ones more likely the larger {@code power} is. */
    int skewed(int size, double power) {
        return Math.min(size - 1, (int) (size * Math.pow(random.nextDouble(), power)));
    }

    /** A day between 1990 and 2025, half uniform and half with a density growing linearly towards 2025. */
    LocalDate day() {
        double at = pick(0.5) ? random.nextDouble() : Math.sqrt(random.nextDouble());
        return FIRST_DAY.plusDays((long) (at * DAYS));
    }
}
