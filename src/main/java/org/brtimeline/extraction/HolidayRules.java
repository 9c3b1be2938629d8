package org.brtimeline.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Named days: fixed ones (Christmas, Orthodox Christmas, New Year's Day and Eve, Victory Day,
 * Halloween, Valentine's Day) and computed ones (Easter and Orthodox Easter, US Thanksgiving);
 * "Easter week" is the ISO week that ends on Easter Sunday.
 * "Election Day" is left out on purpose: in this domain it is no fixed day.
 */
final class HolidayRules {

    private HolidayRules() {}

    static List<Rule> all() {
        // "New Year's Day" and "Victory Day" hold no holiday word, hence UNIT ("year", "day") as a trigger too.
        return List.of(Rule.of(
                "holiday",
                "(?:(?<which>last|this|next)\\s+)?(?<name>orthodox\\s+christmas(?:\\s+day)?"
                        + "|christmas(?:\\s+(?:day|eve))?|new\\s+year(?:'s|’s|s)?\\s+(?:day|eve)|(?:orthodox\\s+)?easter(?:\\s+(?:sunday|week))?"
                        + "|thanksgiving(?:\\s+day)?|victory\\s+day|halloween|valentine(?:'s|’s|s)?\\s+day)(?:,?\\s+(?:of\\s+)?(?<year>\\d{4}))?",
                HolidayRules::holiday,
                Trigger.HOLIDAY,
                Trigger.UNIT));
    }

    private static TemporalExpression holiday(Match m) {
        String name = m.group("name").toLowerCase(Locale.ROOT).replace('’', '\'');
        IntFunction<LocalDate> inYear = dayIn(name);
        LocalDate day;
        if (m.has("year")) {
            day = inYear.apply(m.number("year"));
        } else if (m.has("which")) {
            int year = m.reference().getYear();
            day = switch (m.group("which").toLowerCase(Locale.ROOT)) {
                case "last" -> inYear.apply(year).isBefore(m.reference()) ? inYear.apply(year) : inYear.apply(year - 1);
                case "next" -> inYear.apply(year).isAfter(m.reference()) ? inYear.apply(year) : inYear.apply(year + 1);
                default -> inYear.apply(year);
            };
        } else {
            day = m.occurrence(inYear);
        }
        if (name.endsWith("week")) {
            return Values.week(m, day);
        }
        return Values.day(m, day);
    }

    private static IntFunction<LocalDate> dayIn(String name) {
        if (name.startsWith("orthodox christmas")) {
            return year -> LocalDate.of(year, 1, 7);
        }
        if (name.startsWith("christmas")) {
            return name.endsWith("eve") ? year -> LocalDate.of(year, 12, 24) : year -> LocalDate.of(year, 12, 25);
        }
        if (name.startsWith("new year")) {
            return name.endsWith("eve") ? year -> LocalDate.of(year, 12, 31) : year -> LocalDate.of(year, 1, 1);
        }
        if (name.startsWith("orthodox easter")) {
            return HolidayRules::orthodoxEaster;
        }
        if (name.startsWith("easter")) {
            return HolidayRules::easter;
        }
        if (name.startsWith("thanksgiving")) {
            return year -> LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        }
        if (name.startsWith("victory")) {
            return year -> LocalDate.of(year, 5, 9);
        }
        if (name.startsWith("halloween")) {
            return year -> LocalDate.of(year, 10, 31);
        }
        return year -> LocalDate.of(year, 2, 14);
    }

    /** Western Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int h = (19 * a + b - b / 4 - (b - (b + 8) / 25 + 1) / 3 + 15) % 30;
        int l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        return LocalDate.of(year, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
    }

    /** Orthodox Easter Sunday (Meeus's Julian algorithm), as a Gregorian date; the 13-day offset holds for 1900–2099. */
    static LocalDate orthodoxEaster(int year) {
        int d = (19 * (year % 19) + 15) % 30;
        int e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
        return LocalDate.of(year, (d + e + 114) / 31, (d + e + 114) % 31 + 1).plusDays(13);
    }
}
