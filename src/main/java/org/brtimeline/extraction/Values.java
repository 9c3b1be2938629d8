package org.brtimeline.extraction;

import java.time.LocalDate;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.base.DateQualifier;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** Writes TIMEX3 values and works out the days a value covers. */
final class Values {

    private Values() {
    }

    static TemporalExpression day(Match m, LocalDate day) {
        return m.date(day.toString(), null, day, day, Granularity.DAY);
    }

    static TemporalExpression month(Match m, int year, int month, TimexMod mod) {
        LocalDate first = LocalDate.of(year, month, 1);
        return qualified(m, String.format("%04d-%02d", year, month), mod, first, first.with(TemporalAdjusters.lastDayOfMonth()),
                DatePrecision.MONTH, Granularity.MONTH);
    }

    static TemporalExpression year(Match m, int year, TimexMod mod) {
        return qualified(m, String.format("%04d", year), mod, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                DatePrecision.YEAR, Granularity.YEAR);
    }

    /** The unit {@code [first, last]}, narrowed by the mod's qualifier with the chronology's own bounds ("late" is 21–end). */
    private static TemporalExpression qualified(Match m, String value, TimexMod mod, LocalDate first, LocalDate last,
                                                DatePrecision precision, Granularity granularity) {
        DateQualifier qualifier = mod == null ? null : mod.qualifier().orElse(null);
        LocalDate from = qualifier == null ? first : qualifier.earliest(first, last, precision);
        LocalDate to = qualifier == null ? last : qualifier.latest(first, last, precision);
        return m.date(value, mod, from, to, granularity);
    }

    static TemporalExpression week(Match m, LocalDate anyDay) {
        LocalDate monday = anyDay.with(java.time.DayOfWeek.MONDAY);
        String value = String.format("%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return m.date(value, null, monday, monday.plusDays(6), Granularity.WEEK);
    }

    static TemporalExpression decade(Match m, int firstYear) {
        return m.date(String.valueOf(firstYear / 10), null, LocalDate.of(firstYear, 1, 1), LocalDate.of(firstYear + 9, 12, 31),
                Granularity.DECADE);
    }

    static TemporalExpression season(Match m, int year, String season) {
        String code = switch (season.toLowerCase()) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "autumn", "fall" -> "FA";
            default -> "WI";
        };
        int startMonth = switch (code) {
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

    /** TIMEX3 duration unit letters; time units go after a T. */
    static String duration(double amount, String unit) {
        String n = amount == Math.rint(amount) ? String.valueOf((long) amount) : String.valueOf(amount);
        return switch (unit) {
            case "second" -> "PT" + n + "S";
            case "minute" -> "PT" + n + "M";
            case "hour" -> "PT" + n + "H";
            case "day" -> "P" + n + "D";
            case "week" -> "P" + n + "W";
            case "month" -> "P" + n + "M";
            case "year" -> "P" + n + "Y";
            case "decade" -> "P" + (amount == Math.rint(amount) ? String.valueOf((long) amount * 10) : String.valueOf(amount * 10)) + "Y";
            default -> "P" + n + "CE";
        };
    }
}
