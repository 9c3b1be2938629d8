package org.brtimeline.base;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * How a text hedges a date ("late November", "about 1994", "before the election"), and the one
 * place that says which days each hedge allows. Events, the event form, the date tagger and the
 * review queue's drafts all use these bounds.
 *
 * <p>Early, mid and late take the first, middle or last third of a month (days 1–10, 11–20,
 * 21–end) or of a year (January–April, May–August, September–December); "about" widens the unit
 * by 3 days, 7 days, 15 days or 6 months on each side; "before" and "after" cover the 30 days, 4
 * weeks, 3 months or 5 years next to the unit, a conventional horizon so that such dates can be
 * placed at all.
 */
public enum DateQualifier {
    EARLY,
    MID,
    LATE,
    ABOUT,
    BEFORE,
    AFTER;

    /** Early, mid and late divide a month or a year into thirds; they make no sense for a day or a week. */
    public boolean dividesTheUnit() {
        return this == EARLY || this == MID || this == LATE;
    }

    /**
     * What is wrong with this qualifier on a date of {@code precision} (a range when {@code range}),
     * or empty when it fits: the rule the domain enforces and the event form checks.
     */
    public Optional<String> problemWith(DatePrecision precision, boolean range) {
        if (!dividesTheUnit()) {
            return Optional.empty();
        }
        if (precision != DatePrecision.MONTH && precision != DatePrecision.YEAR) {
            return Optional.of(
                    code() + " needs a month or a year, not a " + (precision == null ? "date" : precision.code()));
        }
        if (range) {
            return Optional.of(code() + " applies to a single month or year, not a range");
        }
        return Optional.empty();
    }

    /** The earliest day a date qualified so can mean, for the unit (or range of units) {@code [first, last]}. */
    public LocalDate earliest(LocalDate first, LocalDate last, DatePrecision precision) {
        return switch (this) {
            case EARLY -> first;
            case MID -> first.plus(third(precision));
            case LATE -> first.plus(third(precision)).plus(third(precision));
            case ABOUT -> first.minus(margin(precision));
            case BEFORE -> first.minus(horizon(precision));
            case AFTER -> last.plusDays(1);
        };
    }

    /** The latest day a date qualified so can mean, for the unit (or range of units) {@code [first, last]}. */
    public LocalDate latest(LocalDate first, LocalDate last, DatePrecision precision) {
        return switch (this) {
            case EARLY -> first.plus(third(precision)).minusDays(1);
            case MID -> first.plus(third(precision)).plus(third(precision)).minusDays(1);
            case LATE -> last;
            case ABOUT -> last.plus(margin(precision));
            case BEFORE -> first.minusDays(1);
            case AFTER -> last.plus(horizon(precision));
        };
    }

    private static Period third(DatePrecision precision) {
        return precision == DatePrecision.MONTH ? Period.ofDays(10) : Period.ofMonths(4);
    }

    private static Period margin(DatePrecision precision) {
        return switch (precision) {
            case DAY -> Period.ofDays(3);
            case WEEK -> Period.ofDays(7);
            case MONTH -> Period.ofDays(15);
            case YEAR -> Period.ofMonths(6);
        };
    }

    private static Period horizon(DatePrecision precision) {
        return switch (precision) {
            case DAY -> Period.ofDays(30);
            case WEEK -> Period.ofWeeks(4);
            case MONTH -> Period.ofMonths(3);
            case YEAR -> Period.ofYears(5);
        };
    }

    /** The hedge as editors see it: "Early", "About". */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The lower-case code the API, the URLs and the corpus documentation use. */
    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
