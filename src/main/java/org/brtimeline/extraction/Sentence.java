package org.brtimeline.extraction;

/** A sentence of a text: {@code [start, end)}. */
public record Sentence(int start, int end) {}
