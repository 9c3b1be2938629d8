package org.brtimeline.chronology;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brtimeline.base.DatePrecision;

/**
 * Reads the compact date notation of the corpus, whose form carries the precision:
 * {@code 2020-08-09} (day), {@code 2020-W35} (ISO week), {@code 2020-08} (month), {@code 2020} (year).
 */
public final class DateNotation {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /** A parsed notation: the first day of the unit it names and the unit's precision. */
    public record Parsed(LocalDate firstDay, DatePrecision precision) {}

    private DateNotation() {}

    public static Parsed parse(String notation) {
        String value = notation == null ? "" : notation.strip();
        try {
            Matcher m;
            if ((m = DAY.matcher(value)).matches()) {
                return new Parsed(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), DatePrecision.DAY);
            }
            if ((m = WEEK.matcher(value)).matches()) {
                LocalDate thursday = LocalDate.of(num(m, 1), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                        .with(java.time.DayOfWeek.THURSDAY);
                if (thursday.get(IsoFields.WEEK_BASED_YEAR) != num(m, 1)) {
                    throw new DateTimeException("no such week");
                }
                return new Parsed(DatePrecision.WEEK.firstDayOfUnit(thursday), DatePrecision.WEEK);
            }
            if ((m = MONTH.matcher(value)).matches()) {
                return new Parsed(YearMonth.of(num(m, 1), num(m, 2)).atDay(1), DatePrecision.MONTH);
            }
            if ((m = YEAR.matcher(value)).matches()) {
                return new Parsed(LocalDate.of(num(m, 1), 1, 1), DatePrecision.YEAR);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + value + "' is not a real date: " + e.getMessage());
        }
        throw new IllegalArgumentException(
                "'" + value + "' is not a date; write 2020-08-09, 2020-W35, 2020-08 or 2020");
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
