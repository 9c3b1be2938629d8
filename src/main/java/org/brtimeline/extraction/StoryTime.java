package org.brtimeline.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Moves the expressions that are told from the story's time rather than from the publication date
 * (TimeML's reference time): "the next day", "that same day", "later that year", "the following
 * week", a clock time without a day. Each is anchored on the last date the text named before it that
 * is at least as precise as it needs (a day for a day or a week, a month for a month, any date for a
 * year); a clock time first takes a day named right after it ("10:35 a.m. (0735 GMT) Friday"). Where
 * the text named none, the publication date stays. The rules resolve them against the publication
 * date; the shift from there is kept ("the day before" stays one day before its anchor).
 *
 * <p>An expression repeated without a year ("in April" … "the summit in April") means what its earlier
 * mention meant.
 */
final class StoryTime {

    /** How far after a clock time a day may follow and still be its day: "10:35 a.m. (0735 GMT) Friday". */
    private static final int DAY_AFTER_CLOCK = 20;

    /** "the previous Friday": the Friday before the story's day, not before publication. */
    private static final Pattern WEEKDAY_OF_THE_STORY =
            Pattern.compile("(?i)the\\s+(previous|following)\\s+(" + Lexicon.WEEKDAY + ")");

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.;!?\\n]");

    private StoryTime() {}

    static List<TemporalExpression> anchor(
            String text,
            List<TemporalExpression> kept,
            Map<TemporalExpression, Rule.Anchor> anchors,
            LocalDate reference) {
        List<TemporalExpression> out = new ArrayList<>(kept.size());
        TemporalExpression lastDay = null;
        TemporalExpression lastMonth = null;
        TemporalExpression lastYear = null;
        Map<String, TemporalExpression> mentioned = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            TemporalExpression e = kept.get(i);
            Rule.Anchor anchor = anchors.get(e);
            java.util.regex.Matcher weekday =
                    anchor == Rule.Anchor.STORY ? WEEKDAY_OF_THE_STORY.matcher(e.text()) : null;
            if (weekday != null && weekday.matches()) {
                LocalDate base = lastDay == null ? reference : lastDay.earliest();
                DayOfWeek named = Lexicon.weekday(weekday.group(2));
                LocalDate day = weekday.group(1).equalsIgnoreCase("previous")
                        ? base.with(TemporalAdjusters.previous(named))
                        : base.with(TemporalAdjusters.next(named));
                e = with(e, day.toString(), day, day);
            } else if (anchor == Rule.Anchor.STORY) {
                TemporalExpression next = i + 1 < kept.size() ? kept.get(i + 1) : null;
                TemporalExpression day = e.type() == TimexType.TIME && dayRightAfter(text, e, next) ? next : lastDay;
                TemporalExpression from =
                        switch (e.precision()) {
                            case DAY, WEEK -> day;
                            case MONTH -> lastMonth;
                            default -> lastYear;
                        };
                if (e.type() == TimexType.DATE
                        && from == day
                        && lastMonth != null
                        && lastMonth != day
                        && lastMonth == lastYear) {
                    e = asCoarse(e, lastYear); // "last October … that same day": a day of that October
                } else if (from != null) {
                    e = moved(e, reference, from.earliest());
                }
            } else if (anchor == Rule.Anchor.EARLIER_MENTION) {
                e = sameAsEarlier(e, mentioned);
            }
            out.add(e);
            if (e.type() == TimexType.DATE) {
                mentioned.put(words(e.text()), e);
            }
            if (e.isPlaceable() && (e.type() == TimexType.DATE || e.type() == TimexType.TIME)) {
                Granularity g = e.precision();
                if (g == Granularity.DAY && e.earliest().equals(e.latest())) {
                    lastDay = e;
                }
                if (g.compareTo(Granularity.MONTH) <= 0) {
                    lastMonth = e;
                }
                if (g.compareTo(Granularity.YEAR) <= 0) {
                    lastYear = e;
                }
            }
        }
        return out;
    }

    private static final Pattern SECOND_DAY =
            Pattern.compile("\\s{1,3}(?:and|or|&)\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\d])");

    private static final Pattern MONTH_FIRST = Pattern.compile("(?i)" + Lexicon.MONTH + ".*");

    /**
     * "25" in "April 24 and 25": a day right after a month and day, joined by "and" or "or", is a date of
     * its own in the same month and year (found after the rules, as it holds no date word of its own).
     */
    static List<TemporalExpression> withSecondDays(String text, List<TemporalExpression> kept) {
        List<TemporalExpression> out = null;
        for (int i = 0; i < kept.size(); i++) {
            TemporalExpression first = kept.get(i);
            if (first.precision() != Granularity.DAY
                    || first.type() != TimexType.DATE
                    || !first.isPlaceable()
                    || !first.earliest().equals(first.latest())
                    || first.end() >= text.length()
                    || !Character.isWhitespace(text.charAt(first.end()))
                    || !MONTH_FIRST.matcher(first.text()).matches()) {
                continue;
            }
            java.util.regex.Matcher second = SECOND_DAY.matcher(text).region(first.end(), text.length());
            if (!second.lookingAt()) {
                continue;
            }
            int day = Integer.parseInt(second.group(1));
            LocalDate date =
                    Values.date(first.earliest().getYear(), first.earliest().getMonthValue(), day);
            int start = second.start(1);
            int end = second.end();
            boolean free = i + 1 >= kept.size() || kept.get(i + 1).start() >= end;
            if (date == null || day <= first.earliest().getDayOfMonth() || !free) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(kept);
            }
            out.add(new TemporalExpression(
                    start,
                    end,
                    text.substring(start, end),
                    TimexType.DATE,
                    date.toString(),
                    null,
                    date,
                    date,
                    Granularity.DAY));
        }
        if (out == null) {
            return kept;
        }
        out.sort(java.util.Comparator.comparingInt(TemporalExpression::start));
        return out;
    }

    /** A day told from a coarser date ("that same day" after "last October") is somewhere in it: its value and bounds. */
    private static TemporalExpression asCoarse(TemporalExpression e, TemporalExpression anchor) {
        return new TemporalExpression(
                e.start(),
                e.end(),
                e.text(),
                e.type(),
                anchor.value(),
                anchor.mod(),
                anchor.earliest(),
                anchor.latest(),
                anchor.precision());
    }

    private static boolean dayRightAfter(String text, TemporalExpression clock, TemporalExpression next) {
        return next != null
                && next.type() == TimexType.DATE
                && next.precision() == Granularity.DAY
                && next.isPlaceable()
                && next.earliest().equals(next.latest())
                && next.start() - clock.end() <= DAY_AFTER_CLOCK
                && !CLAUSE_BREAK
                        .matcher(text.substring(clock.end(), next.start()))
                        .find();
    }

    /** The expression resolved against {@code anchor} instead of {@code reference}, at its own granularity. */
    static TemporalExpression moved(TemporalExpression e, LocalDate reference, LocalDate anchor) {
        if (!e.isPlaceable()) {
            return e;
        }
        return switch (e.precision()) {
            case DAY -> {
                long days = ChronoUnit.DAYS.between(reference, anchor);
                LocalDate from = e.earliest().plusDays(days);
                String value = e.value().length() >= 10 ? from + e.value().substring(10) : from.toString();
                yield with(e, value, from, e.latest().plusDays(days));
            }
            case WEEK -> {
                long weeks = ChronoUnit.WEEKS.between(reference.with(DayOfWeek.MONDAY), anchor.with(DayOfWeek.MONDAY));
                LocalDate monday = e.earliest().plusWeeks(weeks);
                yield with(
                        e,
                        String.format(
                                "%04d-W%02d",
                                monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                        monday,
                        e.latest().plusWeeks(weeks));
            }
            case MONTH -> {
                long months = ChronoUnit.MONTHS.between(reference.withDayOfMonth(1), anchor.withDayOfMonth(1));
                LocalDate from = e.earliest().plusMonths(months);
                yield with(
                        e,
                        String.format(Locale.ROOT, "%04d-%02d", from.getYear(), from.getMonthValue()),
                        from,
                        endOfMonthKept(e.latest(), e.latest().plusMonths(months)));
            }
            case YEAR -> {
                long years = anchor.getYear() - reference.getYear();
                LocalDate from = e.earliest().plusYears(years);
                yield with(
                        e,
                        String.format(Locale.ROOT, "%04d", from.getYear()),
                        from,
                        e.latest().plusYears(years));
            }
            default -> e;
        };
    }

    /** A bound on a month's last day stays on the last day when the month moves (the 30th of April to the 31st of May). */
    private static LocalDate endOfMonthKept(LocalDate before, LocalDate after) {
        return before.getDayOfMonth() == before.lengthOfMonth() ? after.withDayOfMonth(after.lengthOfMonth()) : after;
    }

    private static TemporalExpression with(TemporalExpression e, String value, LocalDate earliest, LocalDate latest) {
        return new TemporalExpression(
                e.start(), e.end(), e.text(), e.type(), value, e.mod(), earliest, latest, e.precision());
    }

    /** The meaning of the last earlier date with the same words, if any. */
    private static TemporalExpression sameAsEarlier(TemporalExpression e, Map<String, TemporalExpression> mentioned) {
        TemporalExpression before = mentioned.get(words(e.text()));
        if (before == null || e.type() != TimexType.DATE) {
            return e;
        }
        return new TemporalExpression(
                e.start(),
                e.end(),
                e.text(),
                e.type(),
                before.value(),
                before.mod(),
                before.earliest(),
                before.latest(),
                before.precision());
    }

    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
