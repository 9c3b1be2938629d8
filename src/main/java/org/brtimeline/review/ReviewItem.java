package org.brtimeline.review;

import java.time.LocalDate;
import java.util.List;
import org.brtimeline.chronology.EventDetails;

/** A proposed dated sentence as the review queue shows it, with a possible duplicate among the existing events. */
public record ReviewItem(
        long id,
        String title,
        String quote,
        int start,
        int end,
        String dateText,
        String label,
        LocalDate earliest,
        LocalDate latest,
        String granularity,
        CandidateStatus status,
        Long eventId,
        List<EventDetails.ActorRef> actors,
        EventDetails possibleDuplicate) {}
