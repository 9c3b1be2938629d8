package org.brtimeline.extraction;

/** How many exceptions one of the tagger's rules threw, and the first of them with the text it threw on. */
public record RuleExceptionCount(String rule, long count, String first) {}
