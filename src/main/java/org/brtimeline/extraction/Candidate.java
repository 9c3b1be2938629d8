package org.brtimeline.extraction;

import java.time.LocalDate;
import java.util.List;

/**
 * A sentence proposed as an event: a title in the chronology's style, the actors, new names and places
 * it names, a category, the sentence's offsets as evidence, and a date with how it was reached.
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
        DateOrigin origin,
        List<String> actors,
        List<String> newNames,
        List<String> places,
        String category,
        Evidence evidence) {

    public Candidate {
        actors = List.copyOf(actors);
        newNames = List.copyOf(newNames);
        places = List.copyOf(places);
    }

    /** The exact passage of the text that supports the candidate. */
    public record Evidence(int startOffset, int endOffset, String quote) {}
}
