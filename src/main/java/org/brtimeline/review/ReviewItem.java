package org.brtimeline.review;

import java.time.LocalDate;
import java.util.List;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.extraction.DateOrigin;

/**
 * A proposed event as the review queue shows it: title, date and how it was reached, the actors (known and
 * new), places and category the sentence suggests, the quotes of other articles that report the same event,
 * and a possible duplicate among the existing events.
 */
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
        EventDetails possibleDuplicate,
        DateOrigin origin,
        List<String> newNames,
        List<String> places,
        String category,
        List<OtherQuote> sameEventElsewhere) {

    /** The same event's sentence in another article, with the score and reason of the match. */
    public record OtherQuote(String articleSlug, String articleTitle, String quote, double score, String reason) {}
}
