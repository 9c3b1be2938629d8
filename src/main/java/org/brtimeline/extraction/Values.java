package org.brtimeline.extraction;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** Writes TIMEX3 values and works out the days a value covers. */
final class Values {

    private Values() {
    }

    static TemporalExpression day(Match m, LocalDate day) {
        return m.date(day.toString(), null, day, day, Granularity.DAY);
    }

    static TemporalExpression month(Match m, int year, int month, String mod) {
        LocalDate first = LocalDate.of(year, month, 1);
        LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
        LocalDate from = first;
        LocalDate to = last;
        if ("START".equals(mod)) {
            to = first.plusDays(9);
        } else if ("MID".equals(mod)) {
            from = first.plusDays(10);
            to = first.plusDays(19);
        } else if ("END".equals(mod)) {
            from = first.plusDays(20);
        }
        return m.date(String.format("%04d-%02d", year, month), mod, from, to, Granularity.MONTH);
    }

    static TemporalExpression year(Match m, int year, String mod) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        if ("START".equals(mod)) {
            to = LocalDate.of(year, 4, 30);
        } else if ("MID".equals(mod)) {
            from = LocalDate.of(year, 5, 1);
            to = LocalDate.of(year, 8, 31);
        } else if ("END".equals(mod)) {
            from = LocalDate.of(year, 9, 1);
        }
        return m.date(String.format("%04d", year), mod, from, to, Granularity.YEAR);
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
