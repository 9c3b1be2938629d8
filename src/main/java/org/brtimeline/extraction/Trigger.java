package org.brtimeline.extraction;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The kinds of word a temporal expression cannot do without. One pass over the text marks which
 * sentences hold which kinds, and each rule runs only on the sentences that hold one of its
 * kinds: most news sentences hold no month name, weekday, year or time unit, so most rules skip
 * most of the text.
 */
enum Trigger {
    MONTH,
    WEEKDAY,
    YEAR,
    NUMERIC_DATE,
    CLOCK,
    UNIT,
    WEEKEND,
    REFERENCE,
    PART_OF_DAY,
    SEASON,
    QUARTER,
    SET,
    RELATIVE_DAY,
    SPOKEN_YEAR,
    HOLIDAY,
    /** "century", "centuries": also units; alone they gate the ordinal century ("the 20th century"). */
    CENTURY,
    /** "end": "year-end". */
    END,
    /** "future": also a reference word; alone it gates "someone's future"; "date": "a later date", "a future date"; "term": "the near term". */
    FUTURE,
    /** "noon", "midday", "midnight": also clock words; alone they gate a named time without a digit. */
    NAMED_CLOCK,
    /** "period": "the latest period". */
    PERIOD,
    /** "long": "day-long". */
    LONG,
    /** "ago", "hence", "now" ("from now"): "three years ago"; also units or references, rarer than those. */
    AGO,
    /** "earlier", "before": "a year earlier", "the year-earlier quarter". */
    EARLIER;

    private static final Map<String, EnumSet<Trigger>> WORDS = new HashMap<>();

    static {
        for (String w : List.of(
                "jan",
                "january",
                "feb",
                "february",
                "mar",
                "march",
                "apr",
                "april",
                "may",
                "jun",
                "june",
                "jul",
                "july",
                "aug",
                "august",
                "sep",
                "sept",
                "september",
                "oct",
                "october",
                "nov",
                "november",
                "dec",
                "december")) {
            add(w, MONTH);
        }
        for (String w : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            add(w, WEEKDAY);
            add(w + "s", WEEKDAY);
        }
        for (String w : List.of("am", "pm", "noon", "midday", "midnight")) {
            add(w, CLOCK);
        }
        for (String w : List.of(
                "second",
                "seconds",
                "minute",
                "minutes",
                "hour",
                "hours",
                "day",
                "days",
                "week",
                "weeks",
                "month",
                "months",
                "year",
                "years",
                "decade",
                "decades",
                "century",
                "centuries")) {
            add(w, UNIT);
        }
        put(WEEKEND, "weekend", "weekends");
        // "these" for "these days", the one reference without a reference word; "days" (UNIT) would be as right but is
        // in far
        // more sentences, and the reference rule's long alternation costs 6% of the throughput there.
        put(
                REFERENCE,
                "now",
                "currently",
                "nowadays",
                "present",
                "recent",
                "recently",
                "lately",
                "past",
                "future",
                "soon",
                "current",
                "moment",
                "these");
        for (PartOfDay part : PartOfDay.values()) {
            add(part.word(), PART_OF_DAY);
        }
        put(PART_OF_DAY, "tonight");
        put(SEASON, "spring", "summer", "autumn", "fall", "winter");
        put(QUARTER, "quarter", "quarters", "quarterly");
        put(CENTURY, "century", "centuries");
        put(END, "end");
        put(FUTURE, "future", "date", "term");
        put(NAMED_CLOCK, "noon", "midday", "midnight");
        put(PERIOD, "period");
        put(LONG, "long");
        put(AGO, "ago", "hence", "now");
        put(EARLIER, "earlier", "before");
        put(
                SET,
                "hourly",
                "daily",
                "weekly",
                "monthly",
                "annually",
                "yearly",
                "every",
                "each",
                "once",
                "twice",
                "times");
        put(RELATIVE_DAY, "today", "yesterday", "tomorrow");
        put(
                SPOKEN_YEAR,
                "nineteen",
                "twenties",
                "thirties",
                "forties",
                "fifties",
                "sixties",
                "seventies",
                "eighties",
                "nineties",
                "thousand");
        put(HOLIDAY, "christmas", "easter", "thanksgiving", "halloween", "valentine", "valentines");
    }

    /** A word can be of several kinds: "century" is a unit and gates the ordinal century too. */
    private static void add(String word, Trigger kind) {
        WORDS.computeIfAbsent(word, w -> EnumSet.noneOf(Trigger.class)).add(kind);
    }

    private static void put(Trigger kind, String... words) {
        for (String w : words) {
            add(w, kind);
        }
    }

    /** For each sentence, the kinds of trigger it holds. */
    static List<EnumSet<Trigger>> scan(String text, List<Sentence> sentences) {
        List<EnumSet<Trigger>> kinds =
                sentences.stream().map(s -> EnumSet.noneOf(Trigger.class)).toList();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            EnumSet<Trigger> found = kinds.get(i);
            int at = s.start();
            while (at < s.end()) {
                char c = text.charAt(at);
                if (Character.isLetter(c)) {
                    int end = at;
                    while (end < s.end() && Character.isLetter(text.charAt(end))) {
                        end++;
                    }
                    EnumSet<Trigger> kind = WORDS.get(text.substring(at, end).toLowerCase(Locale.ROOT));
                    if (kind != null) {
                        found.addAll(kind);
                    } else if (end - at == 1
                            && end + 2 < s.end()
                            && "ap".indexOf(Character.toLowerCase(c)) >= 0
                            && text.charAt(end) == '.') {
                        found.add(CLOCK);
                    }
                    at = end;
                } else if (c >= '0' && c <= '9') {
                    int end = at;
                    while (end < s.end() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                        end++;
                    }
                    if (end - at == 4
                                    && (text.startsWith("18", at)
                                            || text.startsWith("19", at)
                                            || text.startsWith("20", at))
                            || end - at == 2 && at > 0 && (text.charAt(at - 1) == '\'' || text.charAt(at - 1) == '’')) {
                        found.add(YEAR);
                    }
                    if (end < s.end() && (text.charAt(end) == '/' || text.charAt(end) == '-')) {
                        found.add(NUMERIC_DATE);
                    }
                    if (end < s.end()
                            && (text.charAt(end) == ':'
                                    || text.charAt(end) == ' '
                                    || Character.isLetter(text.charAt(end)))) {
                        found.add(CLOCK);
                    }
                    at = end;
                } else {
                    at++;
                }
            }
        }
        return kinds;
    }
}
