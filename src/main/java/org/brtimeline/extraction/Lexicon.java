package org.brtimeline.extraction;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The words of dates: month and weekday names with their abbreviations, and numbers written out. */
final class Lexicon {

    static final String MONTH = "(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?"
            + "|aug(?:ust|\\.)?|sep(?:tember|t\\.|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)(?![a-z])";
    static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    static final String NUMBER_WORD =
            "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
                    + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
                    + "|a hundred|hundred|a dozen|dozen)";
    static final String NUMBER =
            "(?:\\d+(?:\\.\\d+)?|" + NUMBER_WORD + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
                    + "|a couple of|couple of|a few|several|a|an|some|many)";

    /** Days of a month written as ordinal words: "March eighth", "May twenty-first". */
    static final String ORDINAL_WORD =
            "(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
                    + "|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
                    + "|twentieth|thirtieth";

    private static final List<String> ORDINALS = List.of(
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth");

    /** The number of an ordinal word of {@link #ORDINAL_WORD}: "eighth" 8, "twenty-first" 21, "thirtieth" 30. */
    static int ordinal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("thirtieth")) {
            return 30;
        }
        String[] parts = w.split("[- ]");
        if (parts.length == 2) {
            return (parts[0].equals("twenty") ? 20 : 30) + ORDINALS.indexOf(parts[1]) + 1;
        }
        return ORDINALS.indexOf(w) + 1;
    }

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90),
            Map.entry("hundred", 100),
            Map.entry("a hundred", 100),
            Map.entry("dozen", 12),
            Map.entry("a dozen", 12),
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("a couple of", 2),
            Map.entry("couple of", 2));

    private Lexicon() {}

    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (w.startsWith(prefixes[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + word);
    }

    static DayOfWeek weekday(String word) {
        return DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT));
    }

    /** The value of a number written in digits or words; null for vague amounts ("several", "a few"). */
    static Double number(String text) {
        String t = text.toLowerCase(Locale.ROOT).strip();
        if (t.matches("\\d+(\\.\\d+)?")) {
            return Double.parseDouble(t);
        }
        String[] parts = t.split("[- ]");
        if (UNITS.containsKey(t)) {
            return (double) UNITS.get(t);
        }
        if (parts.length == 2 && UNITS.containsKey(parts[0]) && UNITS.containsKey(parts[1])) {
            return (double) (UNITS.get(parts[0]) + UNITS.get(parts[1]));
        }
        return null;
    }
}
