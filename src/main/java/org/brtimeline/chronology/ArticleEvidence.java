package org.brtimeline.chronology;

/** A quoted range of an article and the published event it supports, for highlighting in the reader. */
public record ArticleEvidence(
        long evidenceId, long eventId, String eventTitle, String eventLabel, int startOffset, int endOffset) {}
