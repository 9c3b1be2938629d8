package org.brtimeline.extraction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.IntFunction;
import java.util.regex.Matcher;

/** One regular-expression match of a rule, with what it needs to become an expression. Groups are read by name. */
record Match(String text, Matcher matcher, int start, int end, LocalDate reference, boolean forward) {

    /**
     * News names scheduled dates without a future verb ("payable Nov. 21"): a date this close after
     * publication keeps the publication year even in a sentence that does not look forward.
     */
    static final int NEAR_FUTURE_DAYS = 60;

    static final int NEAR_FUTURE_MONTHS = 2;

    String group(String name) {
        return matcher.group(name);
    }

    boolean has(String name) {
        return matcher.group(name) != null;
    }

    /** A group of digits as a number. */
    int number(String name) {
        return Integer.parseInt(matcher.group(name));
    }

    TemporalExpression date(String value, TimexMod mod, LocalDate earliest, LocalDate latest, Granularity precision) {
        return new TemporalExpression(
                start, end, text.substring(start, end), TimexType.DATE, value, mod, earliest, latest, precision);
    }

    /** A time on one day: {@code 2020-09-03T14:30}, {@code 2020-09-03TMO}. */
    TemporalExpression time(LocalDate day, String timeOfDay) {
        return new TemporalExpression(
                start,
                end,
                text.substring(start, end),
                TimexType.TIME,
                day + "T" + timeOfDay,
                null,
                day,
                day,
                Granularity.DAY);
    }

    TemporalExpression other(TimexType type, String value, TimexMod mod) {
        return new TemporalExpression(start, end, text.substring(start, end), type, value, mod, null, null, null);
    }

    /**
     * The year a month named alone ("in late November") means, by the same tense rule as a month and
     * day: the latest such month up to {@link #NEAR_FUTURE_MONTHS} after the publication month, or,
     * when the sentence looks forward, the first such month from the publication month on.
     */
    int yearForMonth(int month) {
        int distance = month - reference.getMonthValue();
        if (forward) {
            return distance < 0 ? reference.getYear() + 1 : reference.getYear();
        }
        if (distance < 0 && distance + 12 <= NEAR_FUTURE_MONTHS) {
            return reference.getYear() + 1; // "January" in an article of late November: the coming one
        }
        return distance > NEAR_FUTURE_MONTHS ? reference.getYear() - 1 : reference.getYear();
    }

    /**
     * The day a yearly date without a year means ("September 2", "Christmas Eve"): the latest such
     * day on or before the reference, or, when the sentence looks forward, the first on or after it;
     * a day at most {@link #NEAR_FUTURE_DAYS} ahead counts as meant even without a future cue.
     */
    LocalDate occurrence(IntFunction<LocalDate> dayInYear) {
        LocalDate latestBefore = dayInYear.apply(reference.getYear() - 1);
        for (int year = reference.getYear(); year <= reference.getYear() + 1; year++) {
            LocalDate candidate = dayInYear.apply(year);
            boolean ahead = candidate.isAfter(reference);
            if (forward && !candidate.isBefore(reference)
                    || !forward && ahead && !candidate.isAfter(reference.plusDays(NEAR_FUTURE_DAYS))) {
                return candidate;
            }
            if (!ahead) {
                latestBefore = candidate;
            }
        }
        return latestBefore;
    }

    /**
     * The year a month and day without a year means, by {@link #occurrence}. The day must exist in
     * some year ({@link Values#isDayOfMonth}); February 29 counts as February 28 in other years.
     */
    int yearFor(int month, int day) {
        return occurrence(year -> LocalDate.of(
                        year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth())))
                .getYear();
    }
}
