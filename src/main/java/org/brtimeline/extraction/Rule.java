package org.brtimeline.extraction;

import java.util.EnumSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A pattern for one form of temporal expression, how to normalise what it matches (null: not a
 * timex after all), and the trigger words it cannot match without: the tagger runs it only on
 * sentences holding at least one of them, so every match must contain one. {@code anchor} says
 * what the rule resolves against: the publication date, or the time the story has reached (see
 * {@link Anchor}). A group named {@code span}, where it matched, is the expression; the rest of the match is
 * context that stays out of it ("for" in "for years"): cheaper than a look-behind.
 */
record Rule(
        String name,
        Pattern pattern,
        Function<Match, TemporalExpression> normalise,
        EnumSet<Trigger> needs,
        Anchor anchor,
        boolean spanned) {

    /** What an expression is resolved against. */
    enum Anchor {
        /** The publication date (news's "yesterday", "last week", "Monday"). */
        PUBLICATION,
        /**
         * The last date the text mentioned before it, at the granularity it needs (TimeML's reference
         * time): "the next day", "that year", "at 10 p.m."; the publication date when the text names none.
         * The rule normalises against the publication date, and the tagger moves the result.
         */
        STORY,
        /** The same as an earlier mention of the same words in the text ("in April" … "the summit in April"). */
        EARLIER_MENTION
    }

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
                EnumSet.of(need, orNeeds),
                Anchor.PUBLICATION,
                regex.contains("(?<span>"));
    }

    /** The same rule, anchored otherwise. */
    Rule anchoredOn(Anchor other) {
        return new Rule(name, pattern, normalise, needs, other, spanned);
    }

    boolean appliesTo(EnumSet<Trigger> present) {
        return present.stream().anyMatch(needs::contains);
    }
}
