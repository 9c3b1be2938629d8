package org.brtimeline.chronology;

import java.time.LocalDate;
import java.util.List;

/**
 * An event as readers and integrators see it; the shape of {@code GET /api/events} items.
 * Built inside the service's transaction, so it holds no lazy references.
 */
public record EventDetails(
        long id,
        String title,
        String summary,
        LocalDate start,
        LocalDate end,
        LocalDate earliest,
        LocalDate latest,
        String precision,
        String qualifier,
        String label,
        String wording,
        String dateBasis,
        String dateNote,
        String category,
        String status,
        List<ActorRef> actors,
        List<String> places,
        List<EvidenceDetails> evidence,
        long version) {

    /** An actor as named on an event. */
    public record ActorRef(long id, String name, String kind) {
    }

    /** One piece of evidence with what a reader needs to open it in the article. */
    public record EvidenceDetails(
            long id,
            String articleSlug,
            String articleTitle,
            String publisher,
            LocalDate articlePublished,
            String articlePublishedPrecision,
            String quote,
            int startOffset,
            int endOffset,
            Integer passage,
            String readerUrl) {
    }

    static EventDetails of(Event event) {
        EventDate date = event.date();
        return new EventDetails(event.id(), event.title(), event.summary(), date.start(), date.end(), date.earliest(),
                date.latest(), date.precision().code(), date.qualifier() == null ? null : date.qualifier().code(),
                date.label(), date.wording(), date.basis().name().toLowerCase(), date.note(), event.category().code(),
                event.status().name().toLowerCase(),
                event.actors().stream().map(a -> new ActorRef(a.id(), a.name(), a.kind().name().toLowerCase())).toList(),
                event.places(), event.evidence().stream().map(EventDetails::evidenceOf).toList(), event.version());
    }

    private static EvidenceDetails evidenceOf(Evidence evidence) {
        var article = evidence.article();
        return new EvidenceDetails(evidence.id(), article.slug(), article.title(), article.publisher(),
                article.published(), article.publishedPrecision().code(), evidence.quote(), evidence.startOffset(),
                evidence.endOffset(), evidence.passageIndex().orElse(null),
                "/articles/" + article.slug() + "?evidence=" + evidence.id());
    }
}
