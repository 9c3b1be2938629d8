package org.brtimeline.chronology;

import java.time.LocalDate;
import java.util.List;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.base.DateQualifier;

/**
 * An event as readers and integrators see it; the shape of {@code GET /api/events} items. The
 * enums are written as their lower-case codes ("day", "late", "diplomacy", "published").
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
        DatePrecision precision,
        DateQualifier qualifier,
        String label,
        String wording,
        DateBasis dateBasis,
        String dateNote,
        Category category,
        EventStatus status,
        List<ActorRef> actors,
        List<String> places,
        List<EvidenceDetails> evidence,
        long version) {

    /** Whether the date is fuzzier than one plain day or one stated range of days (as {@link EventDate#isFuzzy()}). */
    public boolean fuzzy() {
        return precision != DatePrecision.DAY || qualifier != null;
    }

    /** An actor as named on an event. */
    public record ActorRef(long id, String name, ActorKind kind) {}

    /** One piece of evidence with what a reader needs to open it in the article. */
    public record EvidenceDetails(
            long id,
            String articleSlug,
            String articleTitle,
            String publisher,
            LocalDate articlePublished,
            DatePrecision articlePublishedPrecision,
            String quote,
            int startOffset,
            int endOffset,
            Integer passage,
            String readerUrl) {

        /** Where the quote comes from, as readers see it: "Title — Publisher, 2022-11-28 (week)". */
        public String source() {
            return articleTitle + " — " + publisher + ", " + articlePublished
                    + (articlePublishedPrecision == DatePrecision.DAY
                            ? ""
                            : " (" + articlePublishedPrecision.code() + ")");
        }
    }

    static EventDetails of(Event event) {
        EventDate date = event.date();
        return new EventDetails(
                event.id(),
                event.title(),
                event.summary(),
                date.start(),
                date.end(),
                date.earliest(),
                date.latest(),
                date.precision(),
                date.qualifier(),
                date.label(),
                date.wording(),
                date.basis(),
                date.note(),
                event.category(),
                event.status(),
                event.actors().stream().map(Actor::ref).toList(),
                event.places(),
                event.evidence().stream().map(EventDetails::evidenceOf).toList(),
                event.version());
    }

    private static EvidenceDetails evidenceOf(Evidence evidence) {
        var article = evidence.article();
        return new EvidenceDetails(
                evidence.id(),
                article.slug(),
                article.title(),
                article.publisher(),
                article.published(),
                article.publishedPrecision(),
                evidence.quote(),
                evidence.startOffset(),
                evidence.endOffset(),
                evidence.passageIndex().orElse(null),
                "/articles/" + article.slug() + "?evidence=" + evidence.id());
    }
}
