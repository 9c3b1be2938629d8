package org.brtimeline.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
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

    private RelativeRules() {
    }

    static List<Rule> all() {
        return List.of(
                Rule.of("relative day", "(today|yesterday|tomorrow|(?:the\\s+)?(?:previous|following|next)\\s+day|the\\s+day\\s+(?:before|after))",
                        RelativeRules::relativeDay, Trigger.RELATIVE_DAY, Trigger.UNIT),
                Rule.of("this unit, earlier or later", "(?:(earlier|later)\\s+)?(last|this|next|past|coming|previous|current|following)\\s+"
                        + "(week|weekend|month|year|decade|century)", RelativeRules::relativeUnit, Trigger.UNIT, Trigger.WEEKEND),
                Rule.of("n units ago", "(NUMBER)\\s+(day|week|month|year|decade)s?\\s+(ago|from now|hence)",
                        RelativeRules::shifted, Trigger.UNIT),
                Rule.of("a year earlier", "(a|one)\\s+(year)\\s+(earlier|before)", RelativeRules::shifted, Trigger.UNIT),
                Rule.of("weekday", "(?:(last|this|next|early|late)\\s+)?(WEEKDAY)(?:\\s+(morning|afternoon|evening|night))?",
                        RelativeRules::weekday, Trigger.WEEKDAY));
    }

    private static TemporalExpression relativeDay(Match m) {
        String w = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        LocalDate ref = m.reference();
        LocalDate day = switch (w) {
            case "today" -> ref;
            case "yesterday", "the previous day", "previous day", "the day before" -> ref.minusDays(1);
            default -> ref.plusDays(1);
        };
        return Values.day(m, day);
    }

    private static TemporalExpression relativeUnit(Match m) {
        String which = m.group(2).toLowerCase(Locale.ROOT);
        String unit = m.group(3).toLowerCase(Locale.ROOT);
        if (which.equals("past") || which.equals("coming")) {
            return m.other(TimexType.DURATION, Values.duration(1, unit.equals("weekend") ? "day" : unit), null);
        }
        int shift = switch (which) {
            case "last", "previous" -> -1;
            case "next", "following" -> 1;
            default -> 0;
        };
        LocalDate ref = m.reference();
        if (shift == -1 && unit.equals("year") && aboutQuarterlyResults(m)) {
            LocalDate then = ref.minusMonths(3).minusYears(1);
            return Values.quarter(m, then.getYear(), (then.getMonthValue() - 1) / 3 + 1);
        }
        TemporalExpression found = switch (unit) {
            case "week", "weekend" -> Values.week(m, ref.plusWeeks(shift));
            case "month" -> Values.month(m, ref.plusMonths(shift).getYear(), ref.plusMonths(shift).getMonthValue(), null);
            case "year" -> Values.year(m, ref.getYear() + shift, null);
            case "decade" -> Values.decade(m, (ref.getYear() / 10 + shift) * 10);
            default -> m.other(TimexType.DATE, String.valueOf(ref.getYear() / 100 + shift), null);
        };
        if (unit.equals("weekend") && found.value().contains("-W")) {
            found = new TemporalExpression(found.start(), found.end(), found.text(), TimexType.DATE, found.value() + "-WE", null,
                    found.latest().minusDays(1), found.latest(), Granularity.DAY);
        }
        return found;
    }

    private static TemporalExpression shifted(Match m) {
        Double amount = Lexicon.number(m.group(1));
        if (amount == null) {
            return m.other(TimexType.DATE, "PAST_REF", null);
        }
        String direction = m.group(3).toLowerCase(Locale.ROOT);
        int sign = direction.equals("ago") || direction.equals("earlier") || direction.equals("before") ? -1 : 1;
        long n = (long) (double) amount * sign;
        LocalDate ref = m.reference();
        if (n == -1 && m.group(2).toLowerCase(Locale.ROOT).equals("year") && aboutQuarterlyResults(m)) {
            LocalDate then = ref.minusMonths(3).minusYears(1);
            return Values.quarter(m, then.getYear(), (then.getMonthValue() - 1) / 3 + 1);
        }
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "day" -> Values.day(m, ref.plusDays(n));
            case "week" -> Values.week(m, ref.plusWeeks(n));
            case "month" -> Values.month(m, ref.plusMonths(n).getYear(), ref.plusMonths(n).getMonthValue(), null);
            case "year" -> Values.year(m, (int) (ref.getYear() + n), null);
            default -> Values.decade(m, (int) ((ref.getYear() + 10 * n) / 10 * 10));
        };
    }

    /** Company reports compare a quarter with the same quarter a year before: "a year ago" then means that quarter. */
    private static boolean aboutQuarterlyResults(Match m) {
        int from = Math.max(0, m.start() - 400);
        int to = Math.min(m.text().length(), m.end() + 60);
        return m.text().substring(from, to).toLowerCase(Locale.ROOT).matches("(?s).*\\b(quarter|period)\\b.*");
    }

    private static TemporalExpression weekday(Match m) {
        TemporalExpression date = weekdayDate(m);
        if (date == null || !m.has(3)) {
            return date;
        }
        String code = switch (m.group(3).toLowerCase(Locale.ROOT)) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
        return new TemporalExpression(date.start(), date.end(), date.text(), TimexType.TIME, date.value() + "T" + code, null,
                date.earliest(), date.latest(), Granularity.DAY);
    }

    private static TemporalExpression weekdayDate(Match m) {
        DayOfWeek day = Lexicon.weekday(m.group(2));
        String which = m.has(1) ? m.group(1).toLowerCase(Locale.ROOT) : "";
        LocalDate ref = m.reference();
        LocalDate date;
        if (which.equals("next") || which.isEmpty() && m.forward()) {
            date = ref.with(which.equals("next") ? TemporalAdjusters.next(day) : TemporalAdjusters.nextOrSame(day));
        } else if (which.equals("last")) {
            date = ref.with(TemporalAdjusters.previous(day));
        } else if (which.equals("this")) {
            date = ref.with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(day));
        } else {
            LocalDate before = ref.with(TemporalAdjusters.previousOrSame(day));
            LocalDate after = ref.with(TemporalAdjusters.nextOrSame(day));
            date = java.time.temporal.ChronoUnit.DAYS.between(ref, after) <= NEAR_WEEKDAY_DAYS ? after : before;
        }
        return Values.day(m, date);
    }
}
