package org.brtimeline.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds temporal expressions in English news text and normalises them against a reference
 * (publication) date. Rule-based and deterministic; one instance can serve many threads.
 *
 * <p>Where rules overlap the longest expression wins (then the earliest). A date without a year,
 * or a weekday, is the latest such day on or before the reference date, unless its sentence
 * looks forward ("will", "next", "is expected to", "is scheduled", "slated", "plans to"…), then
 * the next one on or after it. Only cues in the 80 characters before the date count, so that
 * "said on September 2" in a sentence that also mentions a plan stays in the past.
 *
 * <p>A rule that throws loses its match, and the exception is counted ({@link #ruleExceptions()}).
 */
public final class TemporalTagger {

    private static final Pattern FORWARD = Pattern.compile(
            "(\\bwill\\b|\\bshall\\b|'ll\\b|\\bis to\\b|\\bare to\\b|"
                    + "\\bis due\\b|\\bare due\\b|\\bupcoming\\b|\\bis expected to\\b|\\bare expected to\\b|\\bis scheduled\\b|"
                    + "\\bare scheduled\\b|\\bscheduled for\\b|\\bslated\\b|\\bplans? to\\b|\\bplanned for\\b|\\bto be held\\b|"
                    + "\\bis set to\\b|\\bare set to\\b|\\bplanning to\\b|\\bbe held\\b|"
                    + "\\b(?:postponed|delayed|adjourned|deferred|put off|pushed back)\\b[^.;]{0,40}\\b(?:until|till|to)\\b|"
                    + "\\b(?:payable|effective|expiring|matures|maturing)\\s+(?:on\\s+|from\\s+|as\\s+of\\s+)?$)",
            Pattern.CASE_INSENSITIVE);

    /** A future cue counts only shortly before the date, in the same clause: "will visit Russia on September 4". */
    private static final int FORWARD_REACH = 80;

    private static final List<Rule> RULES = Stream.of(
                    DateRules.all(), HolidayRules.all(), RelativeRules.all(), OtherRules.all())
            .flatMap(List::stream)
            .toList();

    private final List<Rule> rules;

    /** Whether each rule runs only on the sentences holding one of its trigger words (see {@link Trigger}). */
    private final boolean gated;

    private final RuleExceptions exceptions = new RuleExceptions();

    public TemporalTagger() {
        this(true);
    }

    /**
     * Without gating every rule runs on every sentence: about six times slower, and otherwise the same
     * by design. Tests compare the two to catch a rule that can match without any of its trigger words.
     */
    TemporalTagger(boolean gated) {
        this(RULES, gated);
    }

    /** With other rules than the tagger's own, for tests. */
    TemporalTagger(List<Rule> rules, boolean gated) {
        this.rules = rules;
        this.gated = gated;
    }

    /**
     * A match never crosses a sentence boundary: the sentence is the unit trigger gating works on, so
     * gated and ungated tagging find the same as long as every rule declares the words it needs.
     */
    public List<TemporalExpression> tag(String text, LocalDate reference) {
        List<Sentence> sentences = SentenceSplitter.split(text);
        List<EnumSet<Trigger>> triggers = gated ? Trigger.scan(text, sentences) : null;
        List<TemporalExpression> found = new ArrayList<>();
        Map<TemporalExpression, Rule.Anchor> anchored = new IdentityHashMap<>();
        for (Rule rule : rules) {
            Matcher matcher =
                    rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (int i = 0; i < sentences.size(); i++) {
                if (gated && !rule.appliesTo(triggers.get(i))) {
                    continue;
                }
                Sentence sentence = sentences.get(i);
                matcher.region(sentence.start(), sentence.end());
                while (matcher.find()) {
                    boolean span = rule.spanned() && matcher.start("span") >= 0;
                    int start = span ? matcher.start("span") : matcher.start();
                    int end = span ? matcher.end("span") : matcher.end();
                    boolean forward = looksForward(text, sentence, start);
                    TemporalExpression expression =
                            normalise(rule, new Match(text, matcher, start, end, reference, forward));
                    if (expression != null && !Titles.isTitle(text, expression)) {
                        found.add(expression);
                        if (rule.anchor() != Rule.Anchor.PUBLICATION) {
                            anchored.put(expression, rule.anchor());
                        }
                    }
                }
            }
        }
        List<TemporalExpression> kept = StoryTime.withSecondDays(text, withoutOverlaps(found));
        return anchored.isEmpty() ? kept : StoryTime.anchor(text, kept, anchored, reference);
    }

    private TemporalExpression normalise(Rule rule, Match match) {
        try {
            return rule.normalise().apply(match);
        } catch (RuntimeException e) {
            exceptions.add(rule.name(), e, text(match));
            return null;
        }
    }

    private static String text(Match match) {
        return match.text().substring(match.start(), match.end());
    }

    /**
     * The exceptions the rules threw since this tagger was made, per rule (rules that threw none are
     * left out). What threw was dropped from the results, as if the rule had returned null.
     */
    public List<RuleExceptionCount> ruleExceptions() {
        return exceptions.counts();
    }

    private static boolean looksForward(String text, Sentence sentence, int at) {
        Matcher cue = FORWARD.matcher(text).region(Math.max(sentence.start(), at - FORWARD_REACH), at);
        int cueEnd = -1;
        while (cue.find()) {
            cueEnd = cue.end();
        }
        // "... will concentrate on our core businesses," Mr. Gerstner said Friday: the cue is in the quotation,
        // the date is when it was said
        return cueEnd >= 0 && !SAID_SINCE.matcher(text).region(cueEnd, at).find();
    }

    /** A quotation closed, or a reporting verb, between a future cue and the date. */
    private static final Pattern SAID_SINCE = Pattern.compile("[\"”]|''|\\b(?:said|says|told|announced|added)\\b");

    private static List<TemporalExpression> withoutOverlaps(List<TemporalExpression> found) {
        List<TemporalExpression> byLength = new ArrayList<>(found);
        byLength.sort(Comparator.comparingInt((TemporalExpression e) -> e.end() - e.start())
                .reversed()
                .thenComparingInt(TemporalExpression::start));
        List<TemporalExpression> kept = new ArrayList<>();
        java.util.BitSet taken = new java.util.BitSet();
        for (TemporalExpression candidate : byLength) {
            int firstTaken = taken.nextSetBit(candidate.start());
            if (firstTaken < 0 || firstTaken >= candidate.end()) {
                kept.add(candidate);
                taken.set(candidate.start(), candidate.end());
            }
        }
        kept.sort(Comparator.comparingInt(TemporalExpression::start));
        return kept;
    }
}
