package org.brtimeline.extraction;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The exceptions the tagger's rules threw, counted per rule, with the first of each for study. A
 * rule says "not a timex after all" by returning null; an exception is a bug or a date the rule
 * did not check, so it is dropped like a null but counted, never swallowed silently. Safe for many
 * threads tagging at once.
 */
final class RuleExceptions {

    private record Tally(LongAdder count, String first) {}

    private final Map<String, Tally> byRule = new ConcurrentHashMap<>();

    void add(String rule, RuntimeException exception, String matched) {
        byRule.computeIfAbsent(rule, r -> new Tally(new LongAdder(), exception + " on «" + matched + "»"))
                .count()
                .increment();
    }

    /** The rules that threw, by name. */
    List<RuleExceptionCount> counts() {
        return byRule.entrySet().stream()
                .map(e -> new RuleExceptionCount(
                        e.getKey(), e.getValue().count().sum(), e.getValue().first()))
                .sorted(Comparator.comparing(RuleExceptionCount::rule))
                .toList();
    }
}
