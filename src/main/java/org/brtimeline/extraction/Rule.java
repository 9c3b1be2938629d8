package org.brtimeline.extraction;

import java.util.EnumSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A pattern for one form of temporal expression, how to normalise what it matches (null: not a
 * timex after all), and the trigger words it cannot match without: the tagger runs it only on
 * sentences holding at least one of them, so every match must contain one.
 */
record Rule(String name, Pattern pattern, Function<Match, TemporalExpression> normalise, EnumSet<Trigger> needs) {

    /** {@code MONTH}, {@code WEEKDAY} and {@code NUMBER} in the regex stand for the words of {@link Lexicon}. */
    static Rule of(
            String name,
            String regex,
            Function<Match, TemporalExpression> normalise,
            Trigger need,
            Trigger... orNeeds) {
        String expanded = regex.replace("MONTH", Lexicon.MONTH)
                .replace("WEEKDAY", Lexicon.WEEKDAY)
                .replace("NUMBER", Lexicon.NUMBER);
        return new Rule(
                name,
                Pattern.compile("(?<![\\p{L}\\d])" + expanded + "(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE),
                normalise,
                EnumSet.of(need, orNeeds));
    }

    boolean appliesTo(EnumSet<Trigger> present) {
        return present.stream().anyMatch(needs::contains);
    }
}
