package org.brtimeline.extraction;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The parts of a day TIMEX3 writes after a day's T: "Monday morning" is {@code 2020-08-31TMO}, "every night" {@code TNI}. */
enum PartOfDay {
    MORNING("MO"),
    AFTERNOON("AF"),
    EVENING("EV"),
    NIGHT("NI");

    /** The words, as a regex alternation: {@code morning|afternoon|evening|night}. */
    static final String WORDS = Arrays.stream(values()).map(PartOfDay::word).collect(Collectors.joining("|"));

    private final String code;

    PartOfDay(String code) {
        this.code = code;
    }

    /** The TIMEX3 code: MO, AF, EV, NI. */
    String code() {
        return code;
    }

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "morning", "afternoon", "evening", "night", and "tonight", which is this night. */
    static PartOfDay of(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("tonight") ? NIGHT : valueOf(w.toUpperCase(Locale.ROOT));
    }
}
