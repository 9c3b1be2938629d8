package org.brtimeline.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Durations, sets, clock times, parts of days and the vague references (now, recently, the future). */
final class OtherRules {

    /** Only the words {@link Trigger#UNIT} knows: "centurys" or "centurie" would match without a trigger word. */
    private static final String UNIT =
            "(?<unit>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries|quarters?)";

    private OtherRules() {}

    static List<Rule> all() {
        return List.of(
                Rule.of(
                        "duration",
                        "(?:(?<comparison>no more than|more than|less than|under|at least|about|nearly|almost|around"
                                + "|roughly|some|up to|approximately)\\s+)?(?:(?:the|its)\\s+(?![^\\s-]+-))?(?:(?<which>past|last|next"
                                + "|previous|coming|first|final|latest)\\s+)?(?<amount>NUMBER)(?:\\s+(?:more|additional|further))?"
                                + "(?<half>\\s+1/2)?(?:\\s+(?:trading|business|working|calendar))?"
                                + "[- ]" + UNIT
                                + "(?<andHalf>\\s+and\\s+a\\s+half)?(?:[- ]long)?(?![- ]old)(?!\\s+old)",
                        OtherRules::duration,
                        Trigger.UNIT,
                        Trigger.QUARTER),
                Rule.of(
                        "plural duration",
                        "the\\s+(?:past|last|next|coming)\\s+(?:few\\s+|several\\s+)?"
                                + "(?<unit>days|weeks|months|years|decades)",
                        m -> m.other(TimexType.DURATION, "PX" + unitLetter(m.group("unit")), null),
                        Trigger.UNIT),
                Rule.of(
                        "vague past or future",
                        "(?<which>recent|past|coming)\\s+(?<unit>days|weeks|months|quarters|years|decades)"
                                + "|(?:(?:for|within)\\s+|" + VAGUE_AMOUNT_OF + ")"
                                + "(?<span>(?<unit2>hours|days|weeks|months|years|decades))",
                        m -> m.other(
                                TimexType.DURATION,
                                "PX" + unitLetter(m.has("unit") ? m.group("unit") : m.group("unit2")),
                                null),
                        Trigger.UNIT,
                        Trigger.QUARTER),
                Rule.of(
                        "set of weekdays",
                        "(?<weekday>WEEKDAY)(?:s|\\s+(?<part>mornings|afternoons|evenings|nights))",
                        m -> m.other(
                                TimexType.SET,
                                "XXXX-WXX-"
                                        + Lexicon.weekday(m.group("weekday")).getValue()
                                        + (m.has("part")
                                                ? "T"
                                                        + PartOfDay.of(m.group("part")
                                                                        .replaceFirst("s$", ""))
                                                                .code()
                                                : ""),
                                null),
                        Trigger.WEEKDAY),
                Rule.of(
                        "set",
                        "(?:every|each|(?:once|twice|(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several"
                                + "|many)\\s+times)\\s+(?:a|an|per))\\s+(?:(?<unit>hour|day|week|month|quarter|year)"
                                + "|(?<part>" + PartOfDay.WORDS + "))"
                                + "|(?<adverb>hourly|daily|weekly|monthly|quarterly|annually|yearly)",
                        OtherRules::set,
                        Trigger.SET,
                        Trigger.QUARTER),
                Rule.of(
                                "clock time",
                                "(?<hour>\\d{1,2})(?::(?<minute>\\d{2}))?(?:\\s*(?<meridiem>a\\.m\\.|p\\.m\\.|am|pm)"
                                        + ClockTime.ZONE
                                        + "|(?:\\s+o'clock)?\\s+(?:in\\s+the\\s+(?<part>morning|afternoon|evening)|(?<night>at\\s+night)))",
                                m -> {
                                    ClockTime time = m.has("meridiem")
                                            ? ClockTime.twelveHour(m)
                                            : ClockTime.inPartOfDay(m, m.has("night") ? "night" : m.group("part"));
                                    return time == null ? null : m.time(m.reference(), time.toString());
                                },
                                Trigger.CLOCK)
                        .anchoredOn(Rule.Anchor.STORY),
                Rule.of(
                                "named clock time",
                                "(?:at|by|before|after|until|till|around|about|from|since)\\s+(?<span>"
                                        + ClockTime.NAMED + ")",
                                m -> m.time(
                                        m.reference(),
                                        ClockTime.named(m.group("named")).toString()),
                                Trigger.NAMED_CLOCK)
                        .anchoredOn(Rule.Anchor.STORY),
                Rule.of(
                        "unit-long",
                        "(?<unit>hour|day|week|month|year|decade)(?<plural>s)?-long",
                        m -> m.other(
                                TimexType.DURATION,
                                m.has("plural")
                                        ? "PX" + unitLetter(m.group("unit"))
                                        : Values.duration(1, m.group("unit").toLowerCase(Locale.ROOT)),
                                null),
                        Trigger.LONG),
                Rule.of(
                        "clock time and day",
                        "(?:" + ClockTime.TWELVE_HOUR + "|" + ClockTime.NAMED + ")" + ClockTime.ZONE
                                + ",?\\s+(?:on\\s+)?(?<day>WEEKDAY|today|yesterday|tomorrow|(?<month>MONTH)\\s*(?<date>\\d{1,2}))",
                        OtherRules::clockAndDay,
                        Trigger.CLOCK),
                Rule.of(
                        "set of weekdays or months",
                        "(?:every|each)\\s+(?<name>WEEKDAY|MONTH)",
                        m -> {
                            String word = m.group("name");
                            if (word.toLowerCase(Locale.ROOT).endsWith("day")) {
                                return m.other(
                                        TimexType.SET,
                                        "XXXX-WXX-" + Lexicon.weekday(word).getValue(),
                                        null);
                            }
                            return m.other(TimexType.SET, String.format("XXXX-%02d", Lexicon.month(word)), null);
                        },
                        Trigger.SET),
                Rule.of(
                        "part of day",
                        "(?:(?:earlier|later|early|late)\\s+)?(?:(?<which>this|yesterday|tomorrow|last)\\s+(?<part>"
                                + PartOfDay.WORDS + ")|(?<tonight>tonight))"
                                + "|(?:(?:early|mid|late)[- ]?)?(?<partFirst>" + PartOfDay.WORDS
                                + ")\\s+(?<day>yesterday|today|tomorrow)",
                        OtherRules::partOfDay,
                        Trigger.PART_OF_DAY),
                Rule.of(
                        "someone's future",
                        "(?:\\p{L}+(?:'s|’s)|his|her|its|their|our|my|your)\\s+(?<span>future)"
                                + "(?=\\s*[.,;:!?'\"”)]|\\s+(?:of|in|and|or|is|was|are|were|will|would|with|for|to|away|as|at|on|"
                                + "lies|looks|depends)\\b)",
                        m -> m.other(TimexType.DATE, "FUTURE_REF", null),
                        Trigger.FUTURE),
                Rule.of(
                        "a later date, the near term",
                        "a\\s+(?:later|future)\\s+date|the\\s+(?:near|short)\\s+term"
                                + "|future\\s+(?:days|weeks|months|quarters|years|decades)",
                        m -> m.other(TimexType.DATE, "FUTURE_REF", null),
                        Trigger.FUTURE),
                Rule.of(
                        "reference",
                        "(?<word>(?:right\\s+)?now|currently|nowadays|at present|the present|(?:more\\s+)?recently|lately"
                                + "|the past|the (?:near\\s+)?future|these days|current|recent)",
                        OtherRules::reference,
                        Trigger.REFERENCE));
    }

    /**
     * An amount right before "a day / a week / a year" makes it a rate: "$500 million a year", "700 seats a week", "24
     * hours a day" (a number, maybe millions, maybe a plural noun; not a year such as "in 1998 a year after").
     */
    private static final Pattern RATE_BEFORE = Pattern.compile("(?i)(?<![\\d,.])(?!(?:1[89]|20)\\d\\d\\s)(?:\\d[\\d,.]*"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred"
            + "|thousand|dozens?|hundreds|thousands|millions|billions)(?:\\s+(?:million|billion|trillion|thousand"
            + "|percent))?(?:\\s+\\p{Ll}+s)?\\s+$");

    private static TemporalExpression duration(Match m) {
        String before =
                m.text().substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(Locale.ROOT);
        boolean article = m.group("amount").matches("(?i)an?");
        if (article && before.matches("(?s).*(\\d|once|twice|times|per|\\$\\S*)\\s*$")) {
            return null;
        }
        if (article
                && !m.has("comparison")
                && !m.has("which")
                && RATE_BEFORE
                        .matcher(m.text().substring(Math.max(0, m.start() - 40), m.start()))
                        .find()) {
            // "$500 million a year", "four flights a week", "24 hours a day": a rate, a set of times (TimeML: P1Y)
            String unit = m.group("unit").toLowerCase(Locale.ROOT);
            return m.other(TimexType.SET, Values.duration(1, unit.replaceFirst("s$", "")), null);
        }
        String word = m.group("unit").toLowerCase(Locale.ROOT);
        String amountWord = m.group("amount").toLowerCase(Locale.ROOT);
        if (amountWord.equals("one")
                && word.equals("day")
                && !m.has("comparison")
                && !m.has("which")
                && SOMEDAY_BEFORE.matcher(before).find()) {
            return m.other(TimexType.DATE, "FUTURE_REF", null); // "Islam will one day be ...": some day to come
        }
        if (amountWord.equals("a") && word.equals("second") && ordinalBeforeANoun(m)) {
            return null; // "a second betrayal", "a second term": the ordinal, not a duration
        }
        Double amount = Lexicon.number(m.group("amount"));
        String unit = word.equals("centuries") ? "century" : word.replaceFirst("s$", "");
        if (unit.equals("quarter") && !m.has("which")) {
            return null;
        }
        if (amount != null && (m.has("half") || m.has("andHalf"))) {
            amount += 0.5;
        }
        String value = amount == null ? "PX" + unitLetter(unit) : Values.duration(amount, unit);
        return m.other(
                TimexType.DURATION, value, m.has("comparison") ? TimexMod.ofComparison(m.group("comparison")) : null);
    }

    /** A modal or "to" right before "one day": "will one day", "hopes to one day". */
    private static final java.util.regex.Pattern SOMEDAY_BEFORE =
            java.util.regex.Pattern.compile("\\b(?:will|would|could|might|may|can|should|must|to)\\s+$");

    /** "a second" followed by a noun ("a second term") rather than by what follows a duration ("a second later"). */
    private static boolean ordinalBeforeANoun(Match m) {
        java.util.regex.Matcher next =
                NEXT_WORD.matcher(m.text()).region(m.end(), m.text().length());
        return next.lookingAt()
                && !next.group(1)
                        .matches("and|or|but|to|in|on|at|by|for|from|of|with|since|until|as|than|the|a|an|later|earlier"
                                + "|ago|before|after|longer|more|too|or|so|each|per|apart|away|behind|late|early");
    }

    /**
     * A bare plural unit that measures what follows ("overcome weeks of protests", "after months of
     * talks"): not after a determiner or an ordinal ("the first days of the war" is a time, not an
     * amount), nor before a determiner ("years of the war").
     */
    private static final String VAGUE_AMOUNT_OF = "\\b(?<!\\b(?:the|these|those|its|his|her|their|our|my|your|early"
            + "|first|last|final|initial|opening|closing|same|old)\\s)"
            + "(?=(?:hours|days|weeks|months|years|decades)\\s+of\\s+(?!(?:the|this|that|these|those|his|her|its|their"
            + "|our|age)\\b)\\p{L})";

    /** The unit letters of a vague duration ({@code PXY}); singular or plural. */
    private static String unitLetter(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "days", "day" -> "D";
            case "weeks", "week" -> "W";
            case "months", "month" -> "M";
            case "decades", "decade" -> "DE";
            case "quarters", "quarter" -> "Q";
            case "century", "centuries" -> "CE";
            default -> "Y";
        };
    }

    /**
     * "every week" is {@code P1W}, "daily" {@code P1D}, "every morning" {@code XXXX-XX-XXTMO} (a time of any day: TIMEX3
     * has no value that is a part of day alone).
     */
    private static TemporalExpression set(Match m) {
        if (m.has("adverb") && m.group("adverb").equalsIgnoreCase("quarterly") && beforeANoun(m)) {
            return null; // "its quarterly dividend", "quarterly results": a kind of payment or report, not a set of
            // times
        }
        if (m.has("part")) {
            return m.other(
                    TimexType.SET, "XXXX-XX-XXT" + PartOfDay.of(m.group("part")).code(), null);
        }
        String value =
                switch ((m.has("unit") ? m.group("unit") : m.group("adverb")).toLowerCase(Locale.ROOT)) {
                    case "hour", "hourly" -> "PT1H";
                    case "day", "daily" -> "P1D";
                    case "quarter", "quarterly" -> "P1Q";
                    case "week", "weekly" -> "P1W";
                    case "month", "monthly" -> "P1M";
                    default -> "P1Y";
                };
        return m.other(TimexType.SET, value, null);
    }

    /** Whether a lower-case word that is no function word follows: "quarterly dividend" but not "adjusted quarterly and". */
    private static boolean beforeANoun(Match m) {
        java.util.regex.Matcher next =
                NEXT_WORD.matcher(m.text()).region(m.end(), m.text().length());
        return next.lookingAt()
                && !next.group(1).matches("and|or|but|to|in|on|at|by|for|from|of|with|since|until|as|than|the|a|an");
    }

    private static final java.util.regex.Pattern NEXT_WORD = java.util.regex.Pattern.compile(" ([a-z]+)\\b");

    /** "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9": the clock time on that day. */
    private static TemporalExpression clockAndDay(Match m) {
        ClockTime time = m.has("named") ? ClockTime.named(m.group("named")) : ClockTime.twelveHour(m);
        LocalDate day = day(m);
        return time == null || day == null ? null : m.time(day, time.toString());
    }

    /** The day of "clock time and day"; null for a month and day the calendar does not have. */
    private static LocalDate day(Match m) {
        if (m.has("month")) {
            int month = Lexicon.month(m.group("month"));
            int date = m.number("date");
            return Values.isDayOfMonth(month, date) ? Values.date(m.yearFor(month, date), month, date) : null;
        }
        LocalDate ref = m.reference();
        return switch (m.group("day").toLowerCase(Locale.ROOT)) {
            case "today" -> ref;
            case "yesterday" -> ref.minusDays(1);
            case "tomorrow" -> ref.plusDays(1);
            default -> RelativeRules.weekdayDate(Lexicon.weekday(m.group("day")), "", m);
        };
    }

    /** "this morning", "yesterday evening", "tonight", "mid-afternoon yesterday": a TIME on that day. */
    private static TemporalExpression partOfDay(Match m) {
        boolean tonight = m.has("tonight");
        boolean partFirst = m.has("partFirst"); // "mid-afternoon yesterday", "late morning today"
        LocalDate day =
                switch (tonight ? "this" : m.group(partFirst ? "day" : "which").toLowerCase(Locale.ROOT)) {
                    case "yesterday", "last" -> m.reference().minusDays(1);
                    case "tomorrow" -> m.reference().plusDays(1);
                    default -> m.reference();
                };
        String part = tonight ? "tonight" : m.group(partFirst ? "partFirst" : "part");
        return m.time(day, PartOfDay.of(part).code());
    }

    private static TemporalExpression reference(Match m) {
        String word = m.group("word").toLowerCase(Locale.ROOT);
        String value = word.contains("past") || word.contains("recent") || word.equals("lately")
                ? "PAST_REF"
                : word.contains("future") ? "FUTURE_REF" : "PRESENT_REF";
        return m.other(TimexType.DATE, value, null);
    }
}
