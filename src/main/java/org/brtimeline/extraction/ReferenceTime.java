package org.brtimeline.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a story has reached, which an undated sentence inherits, as annotators of news timelines
 * read it: "the next day", "two days later" move it; "afterwards", "later", "then" keep its day but
 * say "after"; a plain continuation keeps it as it is.
 */
record ReferenceTime(LocalDate earliest, LocalDate latest, Granularity precision, TimexMod mod, String wording) {

    private static final Pattern MOVE = Pattern.compile(
            "(?i)\\b(?:(?<next>the next day|the following day|the day after|a day later|next morning|the next morning)"
                    + "|(?<before>the previous day|the day before|a day earlier)"
                    + "|(?<amount>two|three|four|five|six|seven|\\d{1,2}) days later"
                    + "|(?<after>afterwards|afterward|later that day|shortly after(?:wards)?|after that|then))\\b");

    /** What comes right before a stretch that was served: "after serving", "after spending". */
    static final Pattern SERVED = Pattern.compile("(?i)\\bafter\\s+(?:serving|spending)\\s+$");

    private static final Pattern SERVED_AMOUNT = Pattern.compile("P(\\d{1,3})([DWMY])");

    static ReferenceTime of(TemporalExpression date) {
        return new ReferenceTime(date.earliest(), date.latest(), date.precision(), date.mod(), date.text());
    }

    /**
     * The publication date: when a lead reported as news happened, as precisely as the article's date is known (the
     * week, month or year that holds it when only that is known, never a day the article does not give).
     */
    static ReferenceTime published(LocalDate day, Granularity precision) {
        return switch (precision) {
            case DAY -> new ReferenceTime(day, day, Granularity.DAY, null, "publication date " + day);
            case WEEK ->
                new ReferenceTime(
                        day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                        day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)),
                        Granularity.WEEK,
                        null,
                        "publication week of " + day);
            case MONTH ->
                new ReferenceTime(
                        day.withDayOfMonth(1),
                        day.with(TemporalAdjusters.lastDayOfMonth()),
                        Granularity.MONTH,
                        null,
                        "publication month " + YearMonth.from(day));
            default ->
                new ReferenceTime(
                        day.withDayOfYear(1),
                        day.with(TemporalAdjusters.lastDayOfYear()),
                        Granularity.YEAR,
                        null,
                        "publication year " + day.getYear());
        };
    }

    /**
     * Whether a date the tagger resolved against the publication day is really told from the story's time:
     * "the next day", "the day before" follow the event just told, not the day of the article.
     */
    static boolean isStoryRelative(TemporalExpression date) {
        Matcher move = MOVE.matcher(date.text());
        return move.matches() && (move.group("next") != null || move.group("before") != null);
    }

    /** Whether the sentence moves the story's time ("the next day", "afterwards"). */
    static boolean moves(String sentence) {
        return MOVE.matcher(sentence).find();
    }

    /** The reference time for the sentence: moved by what it says ("the next day"), otherwise the same. */
    ReferenceTime movedBy(String sentence) {
        Matcher move = MOVE.matcher(sentence);
        if (!move.find()) {
            return this;
        }
        if (move.group("after") != null) {
            return new ReferenceTime(earliest, latest, precision, TimexMod.AFTER, wording + ", " + move.group());
        }
        long days = move.group("next") != null ? 1 : move.group("before") != null ? -1 : amount(move.group("amount"));
        return new ReferenceTime(
                earliest.plusDays(days), latest.plusDays(days), precision, mod, wording + ", " + move.group());
    }

    /**
     * When a stretch served up to a day began: "released on September 3 after serving 10 days in jail" began about
     * 24 August; as precise as the stretch is counted (days and weeks to the day, months to the month, years to the
     * year), and approximate, since whether the last day counts is not said. Empty for a vague stretch ("months").
     */
    static Optional<ReferenceTime> servedUntil(TemporalExpression end, TemporalExpression stretch) {
        Matcher amount = SERVED_AMOUNT.matcher(stretch.value() == null ? "" : stretch.value());
        if (!amount.matches() || end.precision() != Granularity.DAY) {
            return Optional.empty();
        }
        int n = Integer.parseInt(amount.group(1));
        LocalDate start =
                switch (amount.group(2)) {
                    case "D" -> end.earliest().minusDays(n);
                    case "W" -> end.earliest().minusWeeks(n);
                    case "M" -> end.earliest().minusMonths(n);
                    default -> end.earliest().minusYears(n);
                };
        Granularity precision =
                switch (amount.group(2)) {
                    case "D", "W" -> Granularity.DAY;
                    case "M" -> Granularity.MONTH;
                    default -> Granularity.YEAR;
                };
        LocalDate from = precision == Granularity.MONTH
                ? start.withDayOfMonth(1)
                : precision == Granularity.YEAR ? start.withDayOfYear(1) : start;
        LocalDate to = precision == Granularity.MONTH
                ? start.with(TemporalAdjusters.lastDayOfMonth())
                : precision == Granularity.YEAR ? start.with(TemporalAdjusters.lastDayOfYear()) : start;
        return Optional.of(
                new ReferenceTime(from, to, precision, TimexMod.APPROX, stretch.text() + " before " + end.text()));
    }

    private static long amount(String word) {
        return Optional.ofNullable(Lexicon.number(word.toLowerCase(Locale.ROOT)))
                .map(Double::longValue)
                .orElse(1L);
    }
}
