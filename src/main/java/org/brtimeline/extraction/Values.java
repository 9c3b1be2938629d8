package org.brtimeline.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.base.DateQualifier;

/** Writes TIMEX3 values and works out the days a value covers. */
final class Values {

    private Values() {}

    /**
     * The day, or null when the calendar has none such ("February 30", "April 31", month 13):
     * text can name impossible dates, and they are no expression rather than an exception.
     */
    static LocalDate date(int year, int month, int day) {
        if (month < 1
                || month > 12
                || day < 1
                || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** Whether the month has that day in some year (February 29 counts). */
    static boolean isDayOfMonth(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).maxLength();
    }

    static TemporalExpression day(Match m, LocalDate day) {
        return m.date(day.toString(), null, day, day, Granularity.DAY);
    }

    static TemporalExpression month(Match m, int year, int month, TimexMod mod) {
        LocalDate first = LocalDate.of(year, month, 1);
        return qualified(
                m,
                String.format("%04d-%02d", year, month),
                mod,
                first,
                first.with(TemporalAdjusters.lastDayOfMonth()),
                DatePrecision.MONTH,
                Granularity.MONTH);
    }

    static TemporalExpression year(Match m, int year, TimexMod mod) {
        return qualified(
                m,
                String.format("%04d", year),
                mod,
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                DatePrecision.YEAR,
                Granularity.YEAR);
    }

    /** The unit {@code [first, last]}, narrowed by the mod's qualifier with the chronology's own bounds ("late" is 21–end). */
    private static TemporalExpression qualified(
            Match m,
            String value,
            TimexMod mod,
            LocalDate first,
            LocalDate last,
            DatePrecision precision,
            Granularity granularity) {
        DateQualifier qualifier = mod == null ? null : mod.qualifier().orElse(null);
        LocalDate from = qualifier == null ? first : qualifier.earliest(first, last, precision);
        LocalDate to = qualifier == null ? last : qualifier.latest(first, last, precision);
        return m.date(value, mod, from, to, granularity);
    }

    static TemporalExpression week(Match m, LocalDate anyDay) {
        LocalDate monday = anyDay.with(DayOfWeek.MONDAY);
        String value = String.format(
                "%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return m.date(value, null, monday, monday.plusDays(6), Granularity.WEEK);
    }

    /** The Saturday and Sunday of the ISO week holding the day: {@code 2020-W36-WE}. */
    static TemporalExpression weekend(Match m, LocalDate anyDay) {
        TemporalExpression week = week(m, anyDay);
        return m.date(week.value() + "-WE", null, week.latest().minusDays(1), week.latest(), Granularity.DAY);
    }

    static TemporalExpression decade(Match m, int firstYear) {
        return m.date(
                String.valueOf(firstYear / 10),
                null,
                LocalDate.of(firstYear, 1, 1),
                LocalDate.of(firstYear + 9, 12, 31),
                Granularity.DECADE);
    }

    /** A season, or its first, middle or last month ("early summer", "the end of the summer": August). */
    static TemporalExpression season(Match m, int year, String season, TimexMod mod) {
        TemporalExpression whole = season(m, year, season);
        if (mod == null) {
            return whole;
        }
        LocalDate month =
                switch (mod) {
                    case START -> whole.earliest();
                    case MID -> whole.earliest().plusMonths(1);
                    default -> whole.earliest().plusMonths(2);
                };
        return m.date(whole.value(), mod, month, month.with(TemporalAdjusters.lastDayOfMonth()), Granularity.SEASON);
    }

    static TemporalExpression season(Match m, int year, String season) {
        String code =
                switch (season.toLowerCase()) {
                    case "spring" -> "SP";
                    case "summer" -> "SU";
                    case "autumn", "fall" -> "FA";
                    default -> "WI";
                };
        int startMonth =
                switch (code) {
                    case "SP" -> 3;
                    case "SU" -> 6;
                    case "FA" -> 9;
                    default -> 12;
                };
        LocalDate from = LocalDate.of(year, startMonth, 1);
        return m.date(year + "-" + code, null, from, from.plusMonths(3).minusDays(1), Granularity.SEASON);
    }

    static TemporalExpression quarter(Match m, int year, int quarter) {
        LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return m.date(year + "-Q" + quarter, null, from, from.plusMonths(3).minusDays(1), Granularity.QUARTER);
    }

    /** The calendar quarter holding the day. */
    static TemporalExpression quarterOf(Match m, LocalDate day) {
        return quarter(m, day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /**
     * The quarter a company's results published on the reference day are about, {@code yearsBefore}
     * years back: results come out in the quarter after the one they report, so "the latest quarter"
     * of a report of 1989-10-25 is 1989-Q3, and "a year ago" in it 1988-Q3.
     */
    static TemporalExpression reportedQuarter(Match m, int yearsBefore) {
        return quarterOf(m, m.reference().minusMonths(3).minusYears(yearsBefore));
    }

    /** TIMEX3 duration unit letters; time units go after a T. */
    static String duration(double amount, String unit) {
        String n = amount == Math.rint(amount) ? String.valueOf((long) amount) : String.valueOf(amount);
        if (amount != Math.rint(amount) && amount * 2 == Math.rint(amount * 2)) {
            String whole = String.valueOf((long) amount);
            switch (unit) {
                case "year" -> {
                    return "P" + whole + "Y6M";
                }
                case "hour" -> {
                    return "PT" + whole + "H30M";
                }
                case "minute" -> {
                    return "PT" + whole + "M30S";
                }
                default -> {}
            }
        }
        return switch (unit) {
            case "quarter" -> "P" + n + "Q";
            case "second" -> "PT" + n + "S";
            case "minute" -> "PT" + n + "M";
            case "hour" -> "PT" + n + "H";
            case "day" -> "P" + n + "D";
            case "week" -> "P" + n + "W";
            case "month" -> "P" + n + "M";
            case "year" -> "P" + n + "Y";
            case "decade" ->
                "P" + (amount == Math.rint(amount) ? String.valueOf((long) amount * 10) : String.valueOf(amount * 10))
                        + "Y";
            default -> "P" + n + "CE";
        };
    }
}
