package org.brtimeline.review;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.Collection;
import org.brtimeline.base.LikePattern;
import org.springframework.data.jpa.domain.Specification;

/** Queries on candidates that the repository's fixed queries cannot say: a list of actors of any length. */
final class CandidateSpecifications {
    private CandidateSpecifications() {}

    /**
     * Pending candidates of other articles whose dates overlap these days and that name at least one of these actors:
     * the only ones that can report the same event ({@link org.brtimeline.extraction.SameEvent} needs a shared actor).
     */
    static Specification<DateCandidate> pendingElsewhereNaming(
            String slug, LocalDate earliest, LocalDate latest, Collection<String> actors) {
        return (candidate, query, where) -> {
            // Fetched with the candidate: the comparison reads each one's article (a count query cannot fetch).
            var article = Long.class.equals(query.getResultType())
                    ? candidate.join("article")
                    : (Join<?, ?>) candidate.fetch("article");
            var listed = where.concat(
                    where.concat(DateCandidate.SEPARATOR, candidate.<String>get("actors")), DateCandidate.SEPARATOR);
            Predicate[] naming = actors.stream()
                    .map(actor -> where.like(
                            listed,
                            "%" + DateCandidate.SEPARATOR + LikePattern.escaped(actor) + DateCandidate.SEPARATOR + "%",
                            LikePattern.ESCAPE))
                    .toArray(Predicate[]::new);
            return where.and(
                    where.equal(candidate.get("status"), CandidateStatus.PENDING),
                    where.notEqual(article.get("slug"), slug),
                    where.lessThanOrEqualTo(candidate.get("earliest"), latest),
                    where.greaterThanOrEqualTo(candidate.get("latest"), earliest),
                    where.or(naming));
        };
    }
}
