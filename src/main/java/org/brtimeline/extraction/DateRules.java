package org.brtimeline.extraction;

import java.time.LocalDate;
import java.util.List;

/** Calendar dates: full, partial (resolved against the publication date), ranges, fuzzy parts, years, decades, seasons, quarters. */
final class DateRules {

    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String DASH = "\\s*(?:-|–|—|to|through|until|till)\\s*";

    private DateRules() {
    }

    static List<Rule> all() {
        return List.of(
                Rule.of("month day-day year", "(?:from\\s+)?(MONTH)\\s*(\\d{1,2})" + ORD + DASH + "(\\d{1,2})" + ORD + "(?:,?\\s+(\\d{4}))?",
                        DateRules::dayRangeInMonth, Trigger.MONTH),
                Rule.of("month day - month day, year", "(MONTH)\\s*(\\d{1,2})" + ORD + DASH + "(MONTH)\\s*(\\d{1,2})" + ORD
                        + ",?\\s+(\\d{4})", DateRules::dayRangeAcrossMonths, Trigger.MONTH),
                Rule.of("weekday? month day, year", "(?:WEEKDAY,?\\s+)?(MONTH)\\s*(\\d{1,2})" + ORD + ",?\\s+(\\d{4})",
                        m -> day(m, num(m, 3), Lexicon.month(m.group(1)), num(m, 2)), Trigger.MONTH),
                Rule.of("day month year", "(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?(MONTH),?\\s+(\\d{4})",
                        m -> day(m, num(m, 3), Lexicon.month(m.group(2)), num(m, 1)), Trigger.MONTH),
                Rule.of("iso date", "(\\d{4})-(\\d{2})-(\\d{2})", m -> day(m, num(m, 1), num(m, 2), num(m, 3)), Trigger.NUMERIC_DATE),
                Rule.of("us numeric date", "(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})", m -> {
                    int year = num(m, 3) < 100 ? 1900 + num(m, 3) + (num(m, 3) < 50 ? 100 : 0) : num(m, 3);
                    return day(m, year, num(m, 1), num(m, 2));
                }, Trigger.NUMERIC_DATE),
                Rule.of("weekday, month day", "(WEEKDAY),?\\s+(MONTH)\\s*(\\d{1,2})" + ORD, DateRules::weekdayAndDate, Trigger.MONTH),
                Rule.of("month day", "(MONTH)\\s*(\\d{1,2})" + ORD, m -> {
                    int month = Lexicon.month(m.group(1));
                    return monthName(m, 1) ? day(m, m.yearFor(month, num(m, 2)), month, num(m, 2)) : null;
                }, Trigger.MONTH),
                Rule.of("day month", "(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?(MONTH)", m -> {
                    int month = Lexicon.month(m.group(2));
                    return monthName(m, 2) ? day(m, m.yearFor(month, num(m, 1)), month, num(m, 1)) : null;
                }, Trigger.MONTH),
                Rule.of("fuzzy month", "(?:(early|mid|late)[- ]?|(?:the\\s+)?(end|beginning|start|middle)\\s+of\\s+)(MONTH)(?:,?\\s+(\\d{4}))?",
                        m -> {
                            int month = Lexicon.month(m.group(3));
                            int year = m.has(4) ? num(m, 4) : m.yearFor(month, 1);
                            return Values.month(m, year, month, TimexMod.ofPart(m.has(1) ? m.group(1) : m.group(2)));
                        }, Trigger.MONTH),
                Rule.of("month year", "(MONTH),?\\s+(?:of\\s+)?(\\d{4})", m -> Values.month(m, num(m, 2), Lexicon.month(m.group(1)), null), Trigger.MONTH),
                Rule.of("month", "(?:(last|this|next)\\s+)?(MONTH)", m -> {
                    if (!monthName(m, 2) || m.group(2).length() < 5 && !m.group(2).equalsIgnoreCase("may")
                            && !m.group(2).equalsIgnoreCase("june") && !m.group(2).equalsIgnoreCase("july")) {
                        return null;
                    }
                    int month = Lexicon.month(m.group(2));
                    String which = m.has(1) ? m.group(1).toLowerCase() : "";
                    int year = switch (which) {
                        case "this" -> m.reference().getYear();
                        case "last" -> month < m.reference().getMonthValue() ? m.reference().getYear() : m.reference().getYear() - 1;
                        case "next" -> month > m.reference().getMonthValue() ? m.reference().getYear() : m.reference().getYear() + 1;
                        default -> m.yearForMonth(month);
                    };
                    return Values.month(m, year, month, null);
                }, Trigger.MONTH),
                Rule.of("quarter just ended", "the\\s+(?:latest\\s+|most recent\\s+|last\\s+)?quarter", m -> {
                    java.time.LocalDate previous = m.reference().minusMonths(3);
                    return Values.quarter(m, previous.getYear(), (previous.getMonthValue() - 1) / 3 + 1);
                }, Trigger.QUARTER),
                Rule.of("year-earlier quarter", "(?:the\\s+)?year[- ](?:earlier|ago)(?:\\s+(?:first|second|third|fourth)?\\s*"
                        + "(?:quarter|period))?", m -> {
                            java.time.LocalDate then = m.reference().minusMonths(3).minusYears(1);
                            return Values.quarter(m, then.getYear(), (then.getMonthValue() - 1) / 3 + 1);
                        }, Trigger.UNIT),
                Rule.of("spoken year", "nineteen[- ](ninety|eighty|seventy|sixty)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?",
                        m -> {
                            int tens = switch (m.group(1).toLowerCase()) {
                                case "ninety" -> 90;
                                case "eighty" -> 80;
                                case "seventy" -> 70;
                                default -> 60;
                            };
                            int units = m.has(2) ? Lexicon.number(m.group(2)).intValue() : 0;
                            return Values.year(m, 1900 + tens + units, null);
                        }, Trigger.SPOKEN_YEAR),
                Rule.of("weekend", "the\\s+weekend", m -> {
                    boolean early = m.reference().getDayOfWeek().getValue() <= 3;
                    var week = Values.week(m, early ? m.reference().minusWeeks(1) : m.reference());
                    return m.date(week.value() + "-WE", null, week.latest().minusDays(1), week.latest(), Granularity.DAY);
                }, Trigger.WEEKEND),
                Rule.of("fuzzy year", "(?:(early|mid|late)[- ]?|(?:the\\s+)?(end|beginning|start|middle)\\s+of\\s+)((?:19|20)\\d{2})",
                        m -> Values.year(m, num(m, 3), TimexMod.ofPart(m.has(1) ? m.group(1) : m.group(2))), Trigger.YEAR),
                Rule.of("year", "((?:1[89]|20)\\d{2})(?!\\s*(?:%|percent|per cent|people|troops|tons|dollars|\\$))", m -> {
                    boolean inNumber = m.start() > 0 && m.text().charAt(m.start() - 1) == '$';
                    return inNumber ? null : Values.year(m, num(m, 1), null);
                }, Trigger.YEAR),
                Rule.of("decade", "(?:the\\s+)?(?:((?:19|20)\\d)0|'(\\d)0)'?s", m -> {
                    int decade = m.has(1) ? num(m, 1) * 10 : (num(m, 2) >= 3 ? 1900 : 2000) + num(m, 2) * 10;
                    return Values.decade(m, decade);
                }, Trigger.YEAR),
                Rule.of("season", "(?:(last|this|next|early|late)\\s+)?(spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?((?:19|20)\\d{2}))?",
                        DateRules::season, Trigger.SEASON),
                Rule.of("quarter", "(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter(?:\\s+of\\s+((?:19|20)\\d{2}))?",
                        m -> {
                            int quarter = "first1st".contains(m.group(1).toLowerCase()) ? 1 : "second2nd".contains(m.group(1).toLowerCase())
                                    ? 2 : "third3rd".contains(m.group(1).toLowerCase()) ? 3 : 4;
                            return Values.quarter(m, m.has(2) ? num(m, 2) : m.reference().getYear(), quarter);
                        }, Trigger.QUARTER));
    }

    /** "Saturday, April 25": the year in which that date falls on that weekday, nearest to the reference. */
    private static TemporalExpression weekdayAndDate(Match m) {
        int month = Lexicon.month(m.group(2));
        int day = num(m, 3);
        java.time.DayOfWeek weekday = Lexicon.weekday(m.group(1));
        int base = m.yearFor(month, day);
        for (int delta : new int[] {0, 1, -1}) {
            try {
                if (LocalDate.of(base + delta, month, day).getDayOfWeek() == weekday) {
                    return day(m, base + delta, month, day);
                }
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return day(m, base, month, day);
    }

    private static TemporalExpression dayRangeInMonth(Match m) {
        int month = Lexicon.month(m.group(1));
        int from = num(m, 2);
        int to = num(m, 3);
        if (to <= from) {
            return null;
        }
        int year = m.has(4) ? num(m, 4) : m.yearFor(month, from);
        return range(m, LocalDate.of(year, month, from), LocalDate.of(year, month, to));
    }

    private static TemporalExpression dayRangeAcrossMonths(Match m) {
        int month1 = Lexicon.month(m.group(1));
        int month2 = Lexicon.month(m.group(3));
        int year = m.has(5) ? num(m, 5) : m.yearFor(month1, num(m, 2));
        LocalDate from = LocalDate.of(year, month1, num(m, 2));
        LocalDate to = LocalDate.of(month2 < month1 ? year + 1 : year, month2, num(m, 4));
        return range(m, from, to);
    }

    private static TemporalExpression range(Match m, LocalDate from, LocalDate to) {
        return m.date(from.toString(), null, from, to, Granularity.DAY);
    }

    private static TemporalExpression season(Match m) {
        String season = m.group(2);
        boolean cue = m.has(1) || m.has(3) || Character.isUpperCase(season.charAt(0)) && !season.equalsIgnoreCase("fall");
        if (!cue) {
            return null;
        }
        int year = m.has(3) ? num(m, 3) : m.reference().getYear();
        if (m.has(1) && m.group(1).equalsIgnoreCase("last")) {
            year -= 1;
        } else if (m.has(1) && m.group(1).equalsIgnoreCase("next")) {
            year += 1;
        }
        return Values.season(m, year, season);
    }

    /** Month names also are words ("may", "march"): take them only when capitalised. */
    private static boolean monthName(Match m, int group) {
        String word = m.group(group);
        return Character.isUpperCase(word.charAt(0)) && !(word.equals("May") && followedByVerb(m));
    }

    private static boolean followedByVerb(Match m) {
        String after = m.text().substring(m.end(), Math.min(m.text().length(), m.end() + 12)).toLowerCase();
        return after.matches("^\\s+(be|have|not|also|well|need|take|make|seem|become)\\b.*");
    }

    private static TemporalExpression day(Match m, int year, int month, int day) {
        try {
            return Values.day(m, LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    static int num(Match m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
