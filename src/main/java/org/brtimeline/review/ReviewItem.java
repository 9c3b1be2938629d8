package org.brtimeline.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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

    /**
     * The candidate as its card shows it; a pending one points to the event among those alike that it may duplicate
     * (a decided one has nothing left to compare).
     */
    static ReviewItem of(
            DateCandidate c,
            String quote,
            List<EventDetails.ActorRef> actors,
            List<EventDetails> alike,
            List<OtherQuote> elsewhere) {
        return new ReviewItem(
                c.id(),
                c.title(),
                quote,
                c.startOffset(),
                c.endOffset(),
                c.dateText(),
                c.label(),
                c.earliest(),
                c.latest(),
                c.granularity().name().toLowerCase(Locale.ROOT),
                c.status(),
                c.eventId(),
                actors,
                c.isPending()
                        ? PossibleDuplicate.among(alike, quote, actors, c.earliest(), c.latest())
                                .orElse(null)
                        : null,
                c.origin(),
                c.newNames(),
                c.places(),
                c.category(),
                elsewhere);
    }

    /** The same event's sentence in another article, with the score and reason of the match. */
    public record OtherQuote(String articleSlug, String articleTitle, String quote, double score, String reason) {}
}
