package org.brtimeline.chronology;

/** A range an editor selected in an article, to become evidence: {@code [start, end)} of its text. */
public record SelectedPassage(String articleSlug, int start, int end) {}
