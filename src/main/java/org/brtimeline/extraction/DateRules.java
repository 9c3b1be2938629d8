package org.brtimeline.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Calendar dates: full, partial (resolved against the publication date), ranges, fuzzy parts, years, decades, seasons, quarters. */
final class DateRules {

    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String DASH = "\\s*(?:-|–|—|to|through|until|till)\\s*";
    /** "early", "mid-", "late", "the beginning of", "the middle of", "the end of": groups part or partOf. */
    private static final String PART =
            "(?:(?<part>early|mid|late)[- ]?|(?:the\\s+)?(?<partOf>end|beginning|start|middle)\\s+of\\s+)";

    private DateRules() {}

    static List<Rule> all() {
        return List.of(
                Rule.of(
                        "month day-day year",
                        "(?:(?<between>between)\\s+|from\\s+)?(?<month>MONTH)\\s*(?<from>\\d{1,2})" + ORD + "(?<joiner>"
                                + DASH + "|\\s+and\\s+)(?<to>\\d{1,2})" + ORD + "(?:,?\\s+(?<year>\\d{4}))?",
                        DateRules::dayRangeInMonth,
                        Trigger.MONTH),
                Rule.of(
                        "day-day month year",
                        "(?:(?<between>between)\\s+|from\\s+)?(?<from>\\d{1,2})" + ORD + "(?<joiner>" + DASH
                                + "|\\s+and\\s+)(?<to>\\d{1,2})" + ORD + "\\s+(?:of\\s+)?(?<month>MONTH)"
                                + "(?:,?\\s+(?<year>\\d{4}))?",
                        DateRules::dayRangeInMonth,
                        Trigger.MONTH),
                Rule.of(
                        "month day - month day, year",
                        "(?:from\\s+)?(?<fromMonth>MONTH)\\s*(?<fromDay>\\d{1,2})" + ORD + DASH
                                + "(?<toMonth>MONTH)\\s*(?<toDay>\\d{1,2})" + ORD + "(?:,?\\s+(?<year>\\d{4}))?",
                        DateRules::dayRangeAcrossMonths,
                        Trigger.MONTH),
                Rule.of(
                        "day month - day month year",
                        "(?:from\\s+)?(?<fromDay>\\d{1,2})" + ORD + "\\s+(?:of\\s+)?(?<fromMonth>MONTH)" + DASH
                                + "(?<toDay>\\d{1,2})" + ORD + "\\s+(?:of\\s+)?(?<toMonth>MONTH)"
                                + "(?:,?\\s+(?<year>\\d{4}))?",
                        DateRules::dayRangeAcrossMonths,
                        Trigger.MONTH),
                Rule.of(
                        "weekday? month day, year",
                        "(?:WEEKDAY,?\\s+)?(?<month>MONTH)\\s*(?<day>\\d{1,2})" + ORD + ",?\\s+(?<year>\\d{4})",
                        DateRules::fullDate,
                        Trigger.MONTH),
                Rule.of(
                        "day month year",
                        "(?<day>\\d{1,2})" + ORD + "\\s+(?:of\\s+)?(?<month>MONTH),?\\s+(?<year>\\d{4})",
                        DateRules::fullDate,
                        Trigger.MONTH),
                Rule.of(
                        "iso date",
                        "(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})",
                        m -> day(m, m.number("year"), m.number("month"), m.number("day")),
                        Trigger.NUMERIC_DATE),
                Rule.of(
                        "us numeric date",
                        "(?<month>\\d{1,2})/(?<day>\\d{1,2})/(?<year>\\d{4}|\\d{2})",
                        m -> {
                            int year = m.number("year");
                            int fullYear = year < 100 ? 1900 + year + (year < 50 ? 100 : 0) : year;
                            return day(m, fullYear, m.number("month"), m.number("day"));
                        },
                        Trigger.NUMERIC_DATE),
                Rule.of(
                        "weekday, month day",
                        "(?<weekday>WEEKDAY),?\\s+(?<month>MONTH)\\s*(?<day>\\d{1,2})" + ORD,
                        DateRules::weekdayAndDate,
                        Trigger.MONTH),
                Rule.of(
                                "month day",
                                "(?<month>MONTH)(?:\\s*(?<day>\\d{1,2})" + ORD + "|\\s+(?<ordinal>"
                                        + Lexicon.ORDINAL_WORD + ")(?![- ]quarter))",
                                DateRules::monthAndDay,
                                Trigger.MONTH)
                        .anchoredOn(Rule.Anchor.EARLIER_MENTION),
                Rule.of(
                                "day month",
                                "(?<day>\\d{1,2})" + ORD + "\\s+(?:of\\s+)?(?<month>MONTH)",
                                DateRules::dayWithoutYear,
                                Trigger.MONTH)
                        .anchoredOn(Rule.Anchor.EARLIER_MENTION),
                Rule.of(
                        "fuzzy month",
                        PART + "(?<month>MONTH)(?:,?\\s+(?<year>\\d{4}))?",
                        m -> {
                            int month = Lexicon.month(m.group("month"));
                            // the tense rule of a month alone, not of its first day: "the end of November"
                            // written on November 2 is this one
                            int year = m.has("year") ? m.number("year") : m.yearForMonth(month);
                            return Values.month(m, year, month, part(m));
                        },
                        Trigger.MONTH),
                Rule.of(
                        "month year",
                        "(?<month>MONTH),?\\s+(?:of\\s+)?(?<year>\\d{4})",
                        m -> Values.month(m, m.number("year"), Lexicon.month(m.group("month")), null),
                        Trigger.MONTH),
                Rule.of(
                        "month of a relative year",
                        "(?<month>MONTH)\\s+(?:of\\s+)?(?<which>last|this|next)\\s+year",
                        m -> {
                            int shift =
                                    switch (m.group("which").toLowerCase(Locale.ROOT)) {
                                        case "last" -> -1;
                                        case "next" -> 1;
                                        default -> 0;
                                    };
                            return monthName(m)
                                    ? Values.month(
                                            m, m.reference().getYear() + shift, Lexicon.month(m.group("month")), null)
                                    : null;
                        },
                        Trigger.MONTH),
                Rule.of(
                        "a year's quarter or period",
                        "the\\s+(?<year>(?:19|20)\\d{2})\\s+(?:(?<ordinal>first|second|third|fourth)[- ])?(?:fiscal\\s+)?"
                                + "(?:quarter|period)",
                        m -> {
                            int year = m.number("year");
                            return m.has("ordinal")
                                    ? Values.quarter(m, year, ordinal(m.group("ordinal")))
                                    : Values.quarterOf(
                                            m, m.reference().minusMonths(3).withYear(year));
                        },
                        Trigger.YEAR),
                Rule.of(
                                "month",
                                "(?:(?<which>last|this|next)\\s+)?(?<month>MONTH)",
                                DateRules::monthAlone,
                                Trigger.MONTH)
                        .anchoredOn(Rule.Anchor.EARLIER_MENTION),
                Rule.of(
                        "quarter just ended",
                        "the\\s+(?:latest\\s+|most recent\\s+|last\\s+)?quarter",
                        m -> Values.reportedQuarter(m, 0),
                        Trigger.QUARTER),
                Rule.of(
                        "latest period",
                        "the\\s+(?:latest|most\\s+recent)\\s+period",
                        m -> Values.reportedQuarter(m, 0),
                        Trigger.PERIOD),
                Rule.of(
                        "year-end",
                        "year(?:-|\\s+|'s\\s+|’s\\s+)end",
                        m -> Values.year(m, m.reference().getYear(), TimexMod.END),
                        Trigger.END),
                Rule.of(
                        "ordinal century",
                        "(?:the\\s+)?(?<n>\\d{1,2})(?:st|nd|rd|th)[- ]century",
                        m -> {
                            int n = m.number("n");
                            return n < 1 || n > 21 ? null : m.other(TimexType.DATE, String.format("%02d", n - 1), null);
                        },
                        Trigger.CENTURY),
                Rule.of(
                        "half of a year",
                        "(?:(?:at\\s+least|about|nearly|through)\\s+)?(?:the\\s+)?(?<which>first|second|last|latter)\\s+"
                                + "(?:half|two\\s+quarters)\\s+of\\s+(?:fiscal\\s+)?(?<year>\\d{4})",
                        m -> {
                            int year = m.number("year");
                            boolean first = m.group("which").equalsIgnoreCase("first");
                            LocalDate from = LocalDate.of(year, first ? 1 : 7, 1);
                            return m.date(
                                    year + (first ? "-H1" : "-H2"),
                                    null,
                                    from,
                                    from.plusMonths(6).minusDays(1),
                                    Granularity.QUARTER);
                        },
                        Trigger.YEAR),
                Rule.of(
                        "spoken decade",
                        "the\\s+(?:(?<part>early|mid|late)[- ]?)?(?:nineteen[- ])?(?<tens>twenties|thirties|forties|fifties|sixties"
                                + "|seventies|eighties|nineties)",
                        m -> {
                            String tens = m.group("tens").toLowerCase(Locale.ROOT);
                            int decade = 1900
                                    + Lexicon.number(tens.replaceFirst("ies$", "y"))
                                            .intValue();
                            return Values.decade(m, decade);
                        },
                        Trigger.SPOKEN_YEAR),
                Rule.of(
                        "year-earlier quarter",
                        "(?:the\\s+)?year[- ](?:earlier|ago)(?:\\s+(?:first|second|third|fourth)?\\s*"
                                + "(?:quarter|period))?",
                        m -> Values.reportedQuarter(m, 1),
                        Trigger.EARLIER,
                        Trigger.AGO),
                Rule.of(
                        "the same quarter a year before",
                        "(?:the\\s+)?(?:(?:same|corresponding|comparable)\\s+)?(?:quarter|period)\\s+(?:of\\s+)?"
                                + "(?:last\\s+year|a\\s+year\\s+(?:ago|earlier))"
                                + "|last\\s+year(?:'s|’s)\\s+(?:(?<ordinal>first|second|third|fourth)\\s+)?(?:quarter|period)",
                        m -> m.has("ordinal")
                                ? Values.quarter(m, m.reference().getYear() - 1, ordinal(m.group("ordinal")))
                                : Values.reportedQuarter(m, 1),
                        Trigger.QUARTER,
                        Trigger.PERIOD),
                Rule.of(
                        "spoken year",
                        "nineteen[- ](?<tens>ninety|eighty|seventy|sixty)(?:[- ](?<units>one|two|three|four|five|six|seven"
                                + "|eight|nine))?",
                        m -> {
                            int units = m.has("units")
                                    ? Lexicon.number(m.group("units")).intValue()
                                    : 0;
                            return Values.year(
                                    m, 1900 + Lexicon.number(m.group("tens")).intValue() + units, null);
                        },
                        Trigger.SPOKEN_YEAR),
                Rule.of(
                        "the year two thousand",
                        "the\\s+year\\s+two[- ]thousand(?:[- ](?:and[- ])?(?<units>one|two|three|four|five|six|seven|eight"
                                + "|nine))?",
                        m -> Values.year(
                                m,
                                2000
                                        + (m.has("units")
                                                ? Lexicon.number(m.group("units"))
                                                        .intValue()
                                                : 0),
                                null),
                        Trigger.SPOKEN_YEAR),
                Rule.of(
                        "weekend",
                        "the\\s+weekend",
                        m -> {
                            boolean early = m.reference().getDayOfWeek().getValue() <= 3;
                            return Values.weekend(m, early ? m.reference().minusWeeks(1) : m.reference());
                        },
                        Trigger.WEEKEND),
                Rule.of(
                        "fuzzy year",
                        PART + "(?<year>(?:19|20)\\d{2})",
                        m -> Values.year(m, m.number("year"), part(m)),
                        Trigger.YEAR),
                Rule.of(
                        "year",
                        "(?:fiscal\\s+)?(?<year>(?:1[89]|20)\\d{2})(?![.,]\\d)(?!\\s*(?:%|percent|per cent|people|troops|tons|dollars|\\$))",
                        m -> {
                            boolean inNumber = m.start() > 0 && m.text().charAt(m.start() - 1) == '$';
                            return inNumber ? null : Values.year(m, m.number("year"), null);
                        },
                        Trigger.YEAR),
                Rule.of(
                        "decade",
                        "(?:the\\s+)?(?:(?:early|mid|late)[- ]?)?(?:(?<firstThree>(?:19|20)\\d)0|'(?<tens>\\d)0)'?s",
                        m -> {
                            int tens = m.has("tens") ? m.number("tens") : 0;
                            int decade = m.has("firstThree")
                                    ? m.number("firstThree") * 10
                                    : (tens >= 3 ? 1900 : 2000) + tens * 10;
                            return Values.decade(m, decade);
                        },
                        Trigger.YEAR),
                Rule.of(
                        "season",
                        "(?:the\\s+(?<seasonEdge>end|beginning|start|middle)\\s+of\\s+)?"
                                + "(?:(?<which>last|this|next|early|late|mid|this\\s+past|(?<the>the))(?:-|\\s+))?(?<season>spring|summer|autumn|fall|winter)"
                                + "(?:\\s+(?:of\\s+)?(?<year>(?:19|20)\\d{2}))?",
                        DateRules::season,
                        Trigger.SEASON),
                Rule.of(
                        "quarter",
                        "(?:(?:the|its)\\s+(?!\\S+-quarter))?(?:fiscal[- ]?)?(?<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)"
                                + "[- ](?:fiscal[- ])?quarter"
                                + "(?:\\s+of\\s+(?<year>(?:19|20)\\d{2}))?",
                        m -> {
                            int quarter = ordinal(m.group("ordinal"));
                            return Values.quarter(
                                    m, m.has("year") ? m.number("year") : yearForQuarter(m, quarter), quarter);
                        },
                        Trigger.QUARTER),
                Rule.of(
                        "a named year's quarter",
                        "(?:(?<which>this|last|next)\\s+year|(?<year>(?:19|20)\\d{2}))(?:'s|’s)\\s+(?:fiscal\\s+)?"
                                + "(?<ordinal>first|second|third|fourth)[- ](?:fiscal[- ])?quarter",
                        m -> {
                            int year = m.has("year")
                                    ? m.number("year")
                                    : m.reference().getYear()
                                            + switch (m.group("which").toLowerCase(Locale.ROOT)) {
                                                case "last" -> -1;
                                                case "next" -> 1;
                                                default -> 0;
                                            };
                            return Values.quarter(m, year, ordinal(m.group("ordinal")));
                        },
                        Trigger.QUARTER),
                Rule.of(
                        "month and spoken year",
                        "(?:(?<season>spring|summer|autumn|fall|winter)|(?<month>MONTH)),?\\s+(?:of\\s+)?nineteen[- ]"
                                + "(?<tens>ninety|eighty|seventy|sixty|fifty|forty)(?:[- ](?<units>one|two|three|four|five|six"
                                + "|seven|eight|nine))?",
                        m -> {
                            int year = 1900
                                    + Lexicon.number(m.group("tens")).intValue()
                                    + (m.has("units")
                                            ? Lexicon.number(m.group("units")).intValue()
                                            : 0);
                            if (m.has("season")) {
                                return Values.season(m, year, m.group("season"));
                            }
                            return monthName(m) ? Values.month(m, year, Lexicon.month(m.group("month")), null) : null;
                        },
                        Trigger.SPOKEN_YEAR));
    }

    /**
     * The year of "the fourth quarter" without a year, by the tense rule of a month: a quarter more than one
     * quarter ahead of publication is last year's unless the sentence looks forward ("fourth quarter" in a
     * January report is the one just ended).
     */
    private static int yearForQuarter(Match m, int quarter) {
        int current = (m.reference().getMonthValue() - 1) / 3 + 1;
        return quarter > current + 1 && !m.forward()
                ? m.reference().getYear() - 1
                : m.reference().getYear();
    }

    /** "September 3, 2020", "Thursday, September 3, 2020", "3rd of September 2020". */
    private static TemporalExpression fullDate(Match m) {
        return day(m, m.number("year"), Lexicon.month(m.group("month")), m.number("day"));
    }

    /** "September 3", "3 September", "March eighth": the year by the tense rule ({@link Match#yearFor}). */
    private static TemporalExpression dayWithoutYear(Match m) {
        return dayWithoutYear(m, m.number("day"));
    }

    /** "September 3" or "March eighth". */
    private static TemporalExpression monthAndDay(Match m) {
        return dayWithoutYear(m, m.has("ordinal") ? Lexicon.ordinal(m.group("ordinal")) : m.number("day"));
    }

    private static TemporalExpression dayWithoutYear(Match m, int day) {
        int month = Lexicon.month(m.group("month"));
        if (!monthName(m) || !Values.isDayOfMonth(month, day)) {
            return null;
        }
        return day(m, m.yearFor(month, day), month, day);
    }

    /** "Saturday, April 25": the year in which that date falls on that weekday, nearest to the reference. */
    private static TemporalExpression weekdayAndDate(Match m) {
        int month = Lexicon.month(m.group("month"));
        int day = m.number("day");
        if (!Values.isDayOfMonth(month, day)) {
            return null;
        }
        DayOfWeek weekday = Lexicon.weekday(m.group("weekday"));
        int base = m.yearFor(month, day);
        for (int delta : new int[] {0, 1, -1}) {
            LocalDate candidate = Values.date(base + delta, month, day);
            if (candidate == null) {
                return null;
            }
            if (candidate.getDayOfWeek() == weekday) {
                return Values.day(m, candidate);
            }
        }
        return day(m, base, month, day);
    }

    /**
     * "From April 26th to 28th", "26–28 April", "between 26 and 28 April": one expression from the first
     * day to the last ("26 and 28 April" without "between" is two days, not a range).
     */
    private static TemporalExpression dayRangeInMonth(Match m) {
        int month = Lexicon.month(m.group("month"));
        int from = m.number("from");
        int to = m.number("to");
        boolean and = m.has("joiner") && m.group("joiner").strip().equalsIgnoreCase("and");
        if (to <= from || !Values.isDayOfMonth(month, from) || and && !m.has("between")) {
            return null;
        }
        int year = m.has("year") ? m.number("year") : m.yearFor(month, from);
        return range(m, Values.date(year, month, from), Values.date(year, month, to));
    }

    /**
     * "April 24 – April 30, 2023", "26 April – 2 May": the year written at the end is the last day's,
     * so a range into the next year ("December 28 – January 3, 2021") starts in the year before;
     * without a year, the first day is resolved like a date alone and the last one follows it.
     */
    private static TemporalExpression dayRangeAcrossMonths(Match m) {
        int fromMonth = Lexicon.month(m.group("fromMonth"));
        int toMonth = Lexicon.month(m.group("toMonth"));
        int fromDay = m.number("fromDay");
        boolean intoNextYear = toMonth < fromMonth;
        int fromYear =
                m.has("year") ? m.number("year") - (intoNextYear ? 1 : 0) : m.yearFor(fromMonth, Math.max(1, fromDay));
        LocalDate from = Values.date(fromYear, fromMonth, fromDay);
        LocalDate to = Values.date(intoNextYear ? fromYear + 1 : fromYear, toMonth, m.number("toDay"));
        return from == null || to == null || !to.isAfter(from) ? null : range(m, from, to);
    }

    /** Null when either end is no day of the calendar. */
    private static TemporalExpression range(Match m, LocalDate from, LocalDate to) {
        return from == null || to == null ? null : m.date(from.toString(), null, from, to, Granularity.DAY);
    }

    /** "September", "last September"; short forms ("Sept") only with a day, except the short names (May, June, July). */
    private static TemporalExpression monthAlone(Match m) {
        String word = m.group("month");
        if (!monthName(m)
                || word.length() < 5
                        && !word.equalsIgnoreCase("may")
                        && !word.equalsIgnoreCase("june")
                        && !word.equalsIgnoreCase("july")) {
            return null;
        }
        int month = Lexicon.month(word);
        LocalDate ref = m.reference();
        int year =
                switch (m.has("which") ? m.group("which").toLowerCase(Locale.ROOT) : "") {
                    case "this" -> ref.getYear();
                    case "last" -> month < ref.getMonthValue() ? ref.getYear() : ref.getYear() - 1;
                    case "next" -> month > ref.getMonthValue() ? ref.getYear() : ref.getYear() + 1;
                    default -> m.yearForMonth(month);
                };
        return Values.month(m, year, month, null);
    }

    /** A season only with a cue ("last", a year, a capital): "fall" and "spring" are words too. */
    private static TemporalExpression season(Match m) {
        String season = m.group("season");
        boolean cue = m.has("which")
                || m.has("year")
                || Character.isUpperCase(season.charAt(0)) && !season.equalsIgnoreCase("fall");
        if (!cue) {
            return null;
        }
        int year = m.has("year") ? m.number("year") : m.reference().getYear();
        String which =
                m.has("which") ? m.group("which").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") : "";
        // "early summer", "the end of the summer": a part of the season
        TimexMod mod = m.has("seasonEdge")
                ? TimexMod.ofPart(m.group("seasonEdge"))
                : which.matches("early|mid|late") ? TimexMod.ofPart(which) : null;
        if (which.equals("the") || which.equals("this past")) {
            // "the summer", "this past spring": the latest such season begun by publication ("the fall of" is no
            // season)
            if (which.equals("the") && (season.equalsIgnoreCase("fall") || followedByOf(m)) && !m.has("year")) {
                return null;
            }
            int start = Values.season(m, year, season).earliest().getMonthValue();
            if (!m.has("year") && start > m.reference().getMonthValue() && !(which.equals("the") && m.forward())) {
                year -= 1;
            }
        } else if (which.equals("last")) {
            year -= 1;
        } else if (which.equals("next")) {
            year += 1;
        }
        return Values.season(m, year, season, mod);
    }

    private static boolean followedByOf(Match m) {
        return m.text().startsWith(" of ", m.end());
    }

    private static TimexMod part(Match m) {
        return TimexMod.ofPart(m.has("part") ? m.group("part") : m.group("partOf"));
    }

    private static int ordinal(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
    }

    /** Month names also are words ("may", "march"): take them only when capitalised. */
    private static boolean monthName(Match m) {
        String word = m.group("month");
        return Character.isUpperCase(word.charAt(0)) && !(word.equals("May") && followedByVerb(m));
    }

    private static boolean followedByVerb(Match m) {
        String after = m.text()
                .substring(m.end(), Math.min(m.text().length(), m.end() + 12))
                .toLowerCase(Locale.ROOT);
        return after.matches("^\\s+(be|have|not|also|well|need|take|make|seem|become)\\b.*");
    }

    /** Null when the calendar has no such day. */
    private static TemporalExpression day(Match m, int year, int month, int day) {
        LocalDate date = Values.date(year, month, day);
        return date == null ? null : Values.day(m, date);
    }
}
