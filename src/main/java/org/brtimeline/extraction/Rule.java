package org.brtimeline.extraction;

import java.util.EnumSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/** A pattern for one form of temporal expression and how to normalise what it matches (null: not a timex after all). */
record Rule(String name, Pattern pattern, Function<Match, TemporalExpression> normalise, EnumSet<Trigger> needs) {

    /** A rule that can only match in a sentence holding at least one of the {@code needs}. */
    static Rule of(String name, String regex, Function<Match, TemporalExpression> normalise) {
        String expanded = regex.replace("MONTH", Lexicon.MONTH).replace("WEEKDAY", Lexicon.WEEKDAY).replace("NUMBER", Lexicon.NUMBER);
        return new Rule(name, Pattern.compile("(?<![\\p{L}\\d])" + expanded + "(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE), normalise,
                EnumSet.allOf(Trigger.class));
    }

    boolean appliesTo(EnumSet<Trigger> present) {
        return present.stream().anyMatch(needs::contains);
    }
}
