package org.brtimeline.extraction;

import java.util.List;
import java.util.Locale;

/** Durations, sets, clock times and the vague references (now, recently, the future). */
final class OtherRules {

    /** Only the words {@link Trigger#UNIT} knows: "centurys" or "centurie" would match without a trigger word. */
    private static final String UNIT = "(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries)";

    private OtherRules() {
    }

    static List<Rule> all() {
        return List.of(
                Rule.of("duration", "(?:(more than|over|less than|under|at least|about|nearly|almost|around|roughly|some|up to|"
                        + "approximately)\\s+)?(?:(?:the\\s+)?(?:past|last|next|previous|coming|first|final)\\s+)?(NUMBER)[- ]" + UNIT
                        + "(?:[- ]long)?(?![- ]old)(?!\\s+old)", OtherRules::duration, Trigger.UNIT),
                Rule.of("plural duration", "the\\s+(?:past|last|next|coming)\\s+(?:few\\s+|several\\s+)?(days|weeks|months|years|decades)",
                        m -> m.other(TimexType.DURATION, "P" + "X" + unitLetter(m.group(1)), null), Trigger.UNIT),
                Rule.of("vague past or future", "(recent|past|coming)\\s+(?:days|weeks|months|years|decades)",
                        m -> m.other(TimexType.DATE, m.group(1).equalsIgnoreCase("coming") ? "FUTURE_REF" : "PAST_REF", null), Trigger.UNIT),
                Rule.of("set", "(every|each)\\s+(day|week|month|year|morning|night|evening)|(daily|weekly|monthly|annually|yearly)",
                        OtherRules::set, Trigger.SET),
                Rule.of("clock time", "(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am|pm)(?:\\s+(?:EDT|EST|GMT|local time))?",
                        OtherRules::clock, Trigger.CLOCK),
                Rule.of("clock time and day", "(?:(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am|pm)|(noon|midnight))"
                        + "(?:\\s+(?:EDT|EST|GMT|local time))?,?\\s+(?:on\\s+)?(WEEKDAY|today|yesterday|tomorrow|(MONTH)\\s*(\\d{1,2}))",
                        OtherRules::clockAndDay, Trigger.CLOCK),
                Rule.of("set of weekdays or months", "(?:every|each)\\s+(WEEKDAY|MONTH)", m -> {
                    String word = m.group(1);
                    if (word.toLowerCase(Locale.ROOT).endsWith("day")) {
                        return m.other(TimexType.SET, "XXXX-WXX-" + Lexicon.weekday(word).getValue(), null);
                    }
                    return m.other(TimexType.SET, String.format("XXXX-%02d", Lexicon.month(word)), null);
                }, Trigger.SET),
                Rule.of("part of day", "(this|yesterday|tomorrow|last)\\s+(morning|afternoon|evening|night)|(tonight)", OtherRules::partOfDay, Trigger.PART_OF_DAY),
                Rule.of("reference", "(now|currently|nowadays|at present|the present|recently|lately|the past|the future|in the future|"
                        + "these days|current|recent)", OtherRules::reference, Trigger.REFERENCE, Trigger.UNIT));
    }

    private static TemporalExpression duration(Match m) {
        String before = m.text().substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(Locale.ROOT);
        if (m.group(2).matches("(?i)an?") && before.matches(".*(\\d|once|twice|times|per|\\$\\S*)\\s*$")) {
            return null;
        }
        Double amount = Lexicon.number(m.group(2));
        String word = m.group(3).toLowerCase(Locale.ROOT);
        String unit = word.equals("centuries") ? "century" : word.replaceFirst("s$", "");
        String value = amount == null ? "PX" + unitLetter(unit + "s") : Values.duration(amount, unit);
        TimexMod mod = null;
        if (m.has(1)) {
            mod = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "more than", "over" -> TimexMod.MORE_THAN;
                case "less than", "under" -> TimexMod.LESS_THAN;
                case "at least" -> TimexMod.EQUAL_OR_MORE;
                case "up to" -> TimexMod.EQUAL_OR_LESS;
                default -> TimexMod.APPROX;
            };
        }
        return m.other(TimexType.DURATION, value, mod);
    }

    private static String unitLetter(String plural) {
        return switch (plural.toLowerCase(Locale.ROOT)) {
            case "days", "day" -> "D";
            case "weeks", "week" -> "W";
            case "months", "month" -> "M";
            case "decades", "decade" -> "DE";
            case "centurys", "century", "centuries" -> "CE";
            default -> "Y";
        };
    }

    private static TemporalExpression set(Match m) {
        String word = (m.has(2) ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
        String value = switch (word) {
            case "day", "daily" -> "P1D";
            case "week", "weekly" -> "P1W";
            case "month", "monthly" -> "P1M";
            case "morning" -> "TMO";
            case "night" -> "TNI";
            case "evening" -> "TEV";
            default -> "P1Y";
        };
        return m.other(TimexType.SET, value, null);
    }

    private static TemporalExpression clock(Match m) {
        int hour = Integer.parseInt(m.group(1));
        int minute = m.has(2) ? Integer.parseInt(m.group(2)) : 0;
        if (hour > 12 || minute > 59) {
            return null;
        }
        boolean pm = m.group(3).toLowerCase(Locale.ROOT).startsWith("p");
        int h24 = pm ? (hour % 12) + 12 : hour % 12;
        return new TemporalExpression(m.start(), m.end(), m.text().substring(m.start(), m.end()), TimexType.TIME,
                String.format("%sT%02d:%02d", m.reference(), h24, minute), null, m.reference(), m.reference(), Granularity.DAY);
    }

    /** "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9": the clock time on that day. */
    private static TemporalExpression clockAndDay(Match m) {
        String dayWord = m.group(5).toLowerCase(Locale.ROOT);
        java.time.LocalDate day;
        if (m.has(6)) {
            int month = Lexicon.month(m.group(6));
            int date = Integer.parseInt(m.group(7));
            day = java.time.LocalDate.of(m.yearFor(month, date), month, date);
        } else if (dayWord.equals("today")) {
            day = m.reference();
        } else if (dayWord.equals("yesterday")) {
            day = m.reference().minusDays(1);
        } else if (dayWord.equals("tomorrow")) {
            day = m.reference().plusDays(1);
        } else {
            java.time.DayOfWeek weekday = Lexicon.weekday(dayWord);
            day = m.forward() ? m.reference().with(java.time.temporal.TemporalAdjusters.nextOrSame(weekday))
                    : m.reference().with(java.time.temporal.TemporalAdjusters.previousOrSame(weekday));
        }
        String time;
        if (m.has(4)) {
            time = m.group(4).equalsIgnoreCase("noon") ? "12:00" : "24:00";
        } else {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.has(2) ? Integer.parseInt(m.group(2)) : 0;
            if (hour > 12 || minute > 59) {
                return null;
            }
            time = String.format("%02d:%02d", m.group(3).toLowerCase(Locale.ROOT).startsWith("p") ? hour % 12 + 12 : hour % 12, minute);
        }
        return new TemporalExpression(m.start(), m.end(), m.text().substring(m.start(), m.end()), TimexType.TIME, day + "T" + time,
                null, day, day, Granularity.DAY);
    }

    private static TemporalExpression partOfDay(Match m) {
        String which = m.has(3) ? "this" : m.group(1).toLowerCase(Locale.ROOT);
        String part = m.has(3) ? "night" : m.group(2).toLowerCase(Locale.ROOT);
        var day = switch (which) {
            case "yesterday", "last" -> m.reference().minusDays(1);
            case "tomorrow" -> m.reference().plusDays(1);
            default -> m.reference();
        };
        String code = switch (part) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
        return new TemporalExpression(m.start(), m.end(), m.text().substring(m.start(), m.end()), TimexType.TIME, day + "T" + code,
                null, day, day, Granularity.DAY);
    }

    private static TemporalExpression reference(Match m) {
        String word = m.group(1).toLowerCase(Locale.ROOT);
        String value = word.contains("past") || word.startsWith("recent") || word.equals("lately") ? "PAST_REF"
                : word.contains("future") || word.equals("soon") ? "FUTURE_REF" : "PRESENT_REF";
        return m.other(TimexType.DATE, value, null);
    }
}
