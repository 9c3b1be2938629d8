package org.brtimeline.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

/** Dates relative to the publication date: yesterday, last week, on Monday, two days later, earlier this month. */
final class RelativeRules {

    /**
     * A weekday that falls on the day after publication is meant even without a future cue (news
     * written for the next morning: "talks resume Friday"); measured +1.4 value F1 on AQUAINT.
     */
    private static final int NEAR_WEEKDAY_DAYS = 1;

    /**
     * The words "the day before", "that same day", "earlier in the day", "the following week" start with: a
     * look-ahead on the first letter lets the matcher skip other positions without trying every alternative.
     */
    private static final String FIRST_LETTERS_OF_STORY_WORDS = "(?=[telpfn])";

    private RelativeRules() {}

    static List<Rule> all() {
        return List.of(
                Rule.of(
                        "relative day",
                        "(?:(?:early|late)\\s+(?=today|yesterday|tomorrow))?" + "(?<day>today|yesterday|tomorrow)",
                        RelativeRules::relativeDay,
                        Trigger.RELATIVE_DAY),
                Rule.of(
                                "day of the story",
                                FIRST_LETTERS_OF_STORY_WORDS
                                        + "(?:(?<day>(?:the\\s+)?(?:previous|following|next)\\s+day|the\\s+day\\s+(?:before|after)"
                                        + "|(?:(?:earlier|later)\\s+)?that\\s+(?:same\\s+)?day|the\\s+same\\s+day)"
                                        + "|(?:earlier|later)\\s+in\\s+(?<span>the\\s+day)"
                                        + "|(?:(?:earlier|later)\\s+)?(?:that|the\\s+same)\\s+(?<unit>week|month|year)"
                                        + "|the\\s+(?<which>previous|following)\\s+(?:(?<unit2>week|month|year)|(?<weekday>WEEKDAY)))",
                                m -> m.has("unit") || m.has("unit2")
                                        ? unitOfTheStory(m)
                                        : m.has("span") || m.has("weekday")
                                                ? Values.day(m, m.reference()) // moved by StoryTime
                                                : relativeDay(m),
                                Trigger.UNIT,
                                Trigger.WEEKDAY)
                        .anchoredOn(Rule.Anchor.STORY),
                Rule.of(
                        "the day before or after a named day, the week of a day",
                        "(?=[td])(?:(?:the\\s+)?day\\s+(?<direction>before|after)\\s+(?:(?:(?<which>last|this|next)\\s+)?(?<weekday>WEEKDAY)"
                                + "|(?<month>MONTH)\\s*(?<date>\\d{1,2})(?:st|nd|rd|th)?)"
                                + "|the\\s+week\\s+of\\s+(?<weekMonth>MONTH)\\s*(?<weekDate>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<year>\\d{4}))?)",
                        m -> m.has("weekMonth") ? weekOf(m) : dayBeforeOrAfter(m),
                        Trigger.WEEKDAY,
                        Trigger.MONTH),
                Rule.of(
                                "part of a day of the story",
                                "(?:(?:earlier|later)\\s+)?(?:that|the\\s+(?<which>next|following|previous))\\s+(?<part>"
                                        + PartOfDay.WORDS + ")"
                                        + "|(?:in|by|during|until|through|throughout)\\s+(?<span>(?:the\\s+)?(?:(?:early|mid|late)[- ]?)?"
                                        + "(?<part2>morning|afternoon|evening))",
                                m -> m.time(
                                        m.reference().plusDays(m.has("which") ? shift(m.group("which")) : 0),
                                        PartOfDay.of(m.has("part") ? m.group("part") : m.group("part2"))
                                                .code()),
                                Trigger.PART_OF_DAY)
                        .anchoredOn(Rule.Anchor.STORY),
                Rule.of(
                        "this unit, earlier or later; the year",
                        "(?=[eltnpcf])(?:(?:(?<edge>early|late|the\\s+(?:end|beginning|start|middle)\\s+of)\\s+)?(?:the\\s+)?"
                                + "(?<which>last|this|next|past|coming|previous|current|following)\\s+(?:fiscal\\s+)?"
                                + "(?<unit>week|weekend|month|quarter|year|decade|century)"
                                + "|(?:the\\s+(?<yearEdge>end|beginning|start|middle)\\s+of\\s+)?the\\s+"
                                + "(?:full\\s+|fiscal\\s+|entire\\s+|whole\\s+)?(?<theYear>year)(?![- ](?:earlier|ago|before|after|\\d))"
                                + "(?<ended>(?=\\s+(?:ended|ending|that\\s+ended|to\\s+(?:MONTH|date))\\b))?"
                                // "by the end of the month", "the middle of the week": this one
                                + "|the\\s+(?<unitEdge>end|beginning|start|middle)\\s+of\\s+the\\s+(?<edgeUnit>week|month))",
                        m -> m.has("theYear") ? theYear(m) : m.has("edgeUnit") ? partOfTheUnit(m) : relativeUnit(m),
                        Trigger.UNIT,
                        Trigger.WEEKEND,
                        Trigger.QUARTER),
                Rule.of(
                        "n units ago",
                        "(?:(?:nearly|about|almost|some|roughly|more than|less than|over)\\s+)?(?<amount>NUMBER)\\s+"
                                + "(?<unit>day|week|month|year|decade)s?(?:\\s+or\\s+so)?\\s+(?<direction>ago|from now|hence)",
                        RelativeRules::shifted,
                        Trigger.AGO),
                Rule.of(
                        "a year earlier",
                        "(?<amount>a|one)\\s+(?<unit>year)\\s+(?<direction>earlier|before)",
                        RelativeRules::shifted,
                        Trigger.EARLIER),
                Rule.of(
                        "weekday",
                        "(?:(?<which>last|this|next|early|late|(?:this\\s+)?coming)\\s+)?(?<weekday>WEEKDAY)"
                                + "(?:\\s+(?<part>" + PartOfDay.WORDS + "))?",
                        RelativeRules::weekday,
                        Trigger.WEEKDAY));
    }

    private static TemporalExpression relativeDay(Match m) {
        LocalDate ref = m.reference();
        LocalDate day =
                switch (m.group("day")
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("\\s+", " ")
                        .replaceFirst("^(?:earlier|later) ", "")) {
                    case "today" -> ref;
                    case "yesterday", "the previous day", "previous day", "the day before" -> ref.minusDays(1);
                    case "tomorrow",
                            "the next day",
                            "next day",
                            "the following day",
                            "following day",
                            "the day after" -> ref.plusDays(1);
                    default -> ref; // that day, that same day, the same day: the story's day
                };
        return Values.day(m, day);
    }

    /** "the day before last Tuesday", "the day after Oct. 23": that day, resolved as usual, and one day off it. */
    private static TemporalExpression dayBeforeOrAfter(Match m) {
        LocalDate day;
        if (m.has("weekday")) {
            day = weekdayDate(m);
        } else {
            int month = Lexicon.month(m.group("month"));
            int date = m.number("date");
            if (!Character.isUpperCase(m.group("month").charAt(0)) || !Values.isDayOfMonth(month, date)) {
                return null;
            }
            day = Values.date(m.yearFor(month, date), month, date);
            if (day == null) {
                return null;
            }
        }
        return Values.day(m, m.group("direction").equalsIgnoreCase("before") ? day.minusDays(1) : day.plusDays(1));
    }

    /** "the week of March 6": the ISO week holding that day. */
    private static TemporalExpression weekOf(Match m) {
        String word = m.group("weekMonth");
        int month = Lexicon.month(word);
        int date = m.number("weekDate");
        if (!Character.isUpperCase(word.charAt(0)) || !Values.isDayOfMonth(month, date)) {
            return null;
        }
        LocalDate day = Values.date(m.has("year") ? m.number("year") : m.yearFor(month, date), month, date);
        return day == null ? null : Values.week(m, day);
    }

    /** "the year" (of publication), "the end of the year"; "the year ended June 30" is a fiscal year, {@code P1Y}. */
    private static TemporalExpression theYear(Match m) {
        if (m.has("ended") && !m.has("yearEdge")) {
            return m.other(TimexType.DURATION, "P1Y", null);
        }
        return Values.year(m, m.reference().getYear(), m.has("yearEdge") ? TimexMod.ofPart(m.group("yearEdge")) : null);
    }

    /** "the end of the month" (of publication), with its part; "the middle of the week" is that week. */
    private static TemporalExpression partOfTheUnit(Match m) {
        LocalDate ref = m.reference();
        return m.group("edgeUnit").equalsIgnoreCase("week")
                ? Values.week(m, ref)
                : Values.month(m, ref.getYear(), ref.getMonthValue(), TimexMod.ofPart(m.group("unitEdge")));
    }

    private static int shift(String which) {
        return switch (which.toLowerCase(Locale.ROOT)) {
            case "previous", "last" -> -1;
            case "next", "following" -> 1;
            default -> 0;
        };
    }

    /** "that year", "later that month", "the same week", "the following year": the story's unit, or the one next to it. */
    private static TemporalExpression unitOfTheStory(Match m) {
        int shift = m.has("which") ? shift(m.group("which")) : 0;
        String unit = (m.has("unit") ? m.group("unit") : m.group("unit2")).toLowerCase(Locale.ROOT);
        LocalDate ref = m.reference();
        return switch (unit) {
            case "week" -> Values.week(m, ref.plusWeeks(shift));
            case "month" ->
                Values.month(
                        m,
                        ref.plusMonths(shift).getYear(),
                        ref.plusMonths(shift).getMonthValue(),
                        null);
            default -> Values.year(m, ref.getYear() + shift, null);
        };
    }

    private static TemporalExpression relativeUnit(Match m) {
        String which = m.group("which").toLowerCase(Locale.ROOT);
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        if (which.equals("past") || which.equals("coming")) {
            return m.other(TimexType.DURATION, Values.duration(1, unit.equals("weekend") ? "day" : unit), null);
        }
        int shift =
                switch (which) {
                    case "last", "previous" -> -1;
                    case "next", "following" -> 1;
                    default -> 0;
                };
        LocalDate ref = m.reference();
        // "last year" names a calendar year even in a results report; only a shift ("a year ago") compares quarters.
        TimexMod mod = m.has("edge") ? TimexMod.ofPart(m.group("edge").replaceAll("^the\\s+|\\s+of$", "")) : null;
        return switch (unit) {
            case "quarter" -> Values.quarterOf(m, ref.plusMonths(3L * shift));
            case "week" -> Values.week(m, ref.plusWeeks(shift));
            case "weekend" -> Values.weekend(m, ref.plusWeeks(shift));
            case "month" ->
                Values.month(
                        m,
                        ref.plusMonths(shift).getYear(),
                        ref.plusMonths(shift).getMonthValue(),
                        mod);
            case "year" -> Values.year(m, ref.getYear() + shift, mod);
            case "decade" -> Values.decade(m, (ref.getYear() / 10 + shift) * 10);
            default -> m.other(TimexType.DATE, String.valueOf(ref.getYear() / 100 + shift), null);
        };
    }

    /** "three years ago", "a year earlier"; a vague amount ("several years ago") is only somewhere in the past. */
    private static TemporalExpression shifted(Match m) {
        Double amount = Lexicon.number(m.group("amount"));
        if (amount == null) {
            return m.other(TimexType.DATE, "PAST_REF", null);
        }
        String direction = m.group("direction").toLowerCase(Locale.ROOT);
        int sign = direction.equals("ago") || direction.equals("earlier") || direction.equals("before") ? -1 : 1;
        long n = (long) (double) amount * sign;
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        LocalDate ref = m.reference();
        if (n == -1 && unit.equals("year") && aboutQuarterlyResults(m)) {
            return Values.reportedQuarter(m, 1);
        }
        return switch (unit) {
            case "day" -> Values.day(m, ref.plusDays(n));
            case "week" -> Values.week(m, ref.plusWeeks(n));
            case "month" ->
                Values.month(m, ref.plusMonths(n).getYear(), ref.plusMonths(n).getMonthValue(), null);
            case "year" -> Values.year(m, (int) (ref.getYear() + n), null);
            default -> Values.decade(m, (int) ((ref.getYear() + 10 * n) / 10 * 10));
        };
    }

    /**
     * Company reports compare a quarter with the same quarter a year before: "a year ago", "a year earlier" then
     * mean that quarter (but "last year" still names the year: "Profit rose from $3 million a year earlier; last
     * year the company lost money").
     */
    private static boolean aboutQuarterlyResults(Match m) {
        int from = Math.max(0, m.start() - 400);
        int to = Math.min(m.text().length(), m.end() + 60);
        return m.text().substring(from, to).toLowerCase(Locale.ROOT).matches("(?s).*\\b(quarter|period)\\b.*");
    }

    /** "Monday", "last Friday", "Monday morning" (a TIME on that day). */
    private static TemporalExpression weekday(Match m) {
        LocalDate day = weekdayDate(m);
        return m.has("part") ? m.time(day, PartOfDay.of(m.group("part")).code()) : Values.day(m, day);
    }

    private static LocalDate weekdayDate(Match m) {
        return weekdayDate(
                Lexicon.weekday(m.group("weekday")),
                m.has("which") ? m.group("which").toLowerCase(Locale.ROOT) : "",
                m);
    }

    /**
     * The day a weekday means ("last", "this", "next" or "" for none): the latest before publication, the
     * next one when the sentence looks forward, and the day after publication even without a cue.
     */
    static LocalDate weekdayDate(DayOfWeek day, String which, Match m) {
        LocalDate ref = m.reference();
        if (which.endsWith("coming")) {
            return ref.with(TemporalAdjusters.next(day));
        }
        if (which.equals("next") || which.isEmpty() && m.forward()) {
            return ref.with(which.equals("next") ? TemporalAdjusters.next(day) : TemporalAdjusters.nextOrSame(day));
        } else if (which.equals("last")) {
            return ref.with(TemporalAdjusters.previous(day));
        } else if (which.equals("this")) {
            return ref.with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(day));
        }
        LocalDate before = ref.with(TemporalAdjusters.previousOrSame(day));
        LocalDate after = ref.with(TemporalAdjusters.nextOrSame(day));
        return ChronoUnit.DAYS.between(ref, after) <= NEAR_WEEKDAY_DAYS ? after : before;
    }
}
