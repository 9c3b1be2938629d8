package org.brtimeline.extraction;

import java.time.LocalDate;

/**
 * A dated sentence proposed as an event: a title trimmed from the sentence (never invented), the
 * sentence's offsets as evidence, and the date of its most precise placeable expression.
 */
public record Candidate(
        String title,
        int start,
        int end,
        LocalDate earliest,
        LocalDate latest,
        Granularity precision,
        TimexMod mod,
        String label,
        String wording,
        Evidence evidence) {

    /** The exact passage of the text that supports the candidate. */
    public record Evidence(int startOffset, int endOffset, String quote) {}
}
