package org.brtimeline.chronology;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.brtimeline.source.Article_;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** Turns an {@link EventQuery} into a JPA criteria predicate over the date bounds and the texts. */
final class EventSpecifications {

    /** Chronological order: by earliest possible day, then latest, then id so that pages are stable. */
    static final Sort CHRONOLOGICAL =
            Sort.by(Event_.DATE + "." + EventDate_.EARLIEST, Event_.DATE + "." + EventDate_.LATEST, Event_.ID);

    private EventSpecifications() {}

    /**
     * {@link #CHRONOLOGICAL} for this query. When only published events match, the status (then one value) leads, which
     * changes nothing in the order but lets H2 read the index event_by_bounds (status, date_earliest, date_latest, id) in
     * order and stop after the page, instead of sorting every matching event (docs/performance.md).
     */
    static Sort chronological(EventQuery query) {
        return query.includeDrafts() ? CHRONOLOGICAL : Sort.by(Event_.STATUS).and(CHRONOLOGICAL);
    }

    /** The events that match the query, with the search text as already understood ({@link SearchTerms}). */
    static Specification<Event> matching(EventQuery query, SearchTerms terms) {
        return (root, cq, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (!query.includeDrafts()) {
                all.add(cb.equal(root.get(Event_.status), EventStatus.PUBLISHED));
            }
            if (query.from() != null) {
                all.add(cb.greaterThanOrEqualTo(root.get(Event_.date).get(EventDate_.latest), query.from()));
            }
            if (query.to() != null) {
                all.add(cb.lessThanOrEqualTo(root.get(Event_.date).get(EventDate_.earliest), query.to()));
            }
            for (Set<String> spellings : terms.terms()) {
                all.add(containsAny(root, cq, cb, spellings));
            }
            if (!query.categories().isEmpty()) {
                all.add(root.get(Event_.category).in(query.categories()));
            }
            if (!query.actorIds().isEmpty()) {
                Subquery<Long> withActor = cq.subquery(Long.class);
                Root<Event> e = withActor.from(Event.class);
                var actor = e.join(Event_.actors);
                withActor
                        .select(e.get(Event_.id))
                        .where(cb.equal(e, root), actor.get(Actor_.id).in(query.actorIds()));
                all.add(cb.exists(withActor));
            }
            if (query.articleSlug() != null) {
                Subquery<Long> cites = cq.subquery(Long.class);
                Root<Evidence> ev = cites.from(Evidence.class);
                cites.select(ev.get(Evidence_.id))
                        .where(
                                cb.equal(ev.get(Evidence_.event), root),
                                cb.equal(ev.get(Evidence_.article).get(Article_.slug), query.articleSlug()));
                all.add(cb.exists(cites));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /** The events after ({@code forward}) or before {@code event} in chronological order: earliest, latest, then id. */
    static Specification<Event> beyond(Event event, boolean forward) {
        return (root, cq, cb) -> {
            var earliest = root.get(Event_.date).get(EventDate_.earliest);
            var latest = root.get(Event_.date).get(EventDate_.latest);
            var id = root.get(Event_.id);
            LocalDate e = event.date().earliest();
            LocalDate l = event.date().latest();
            Long i = event.id();
            return forward
                    ? cb.or(
                            cb.greaterThan(earliest, e),
                            cb.and(
                                    cb.equal(earliest, e),
                                    cb.or(
                                            cb.greaterThan(latest, l),
                                            cb.and(cb.equal(latest, l), cb.greaterThan(id, i)))))
                    : cb.or(
                            cb.lessThan(earliest, e),
                            cb.and(
                                    cb.equal(earliest, e),
                                    cb.or(cb.lessThan(latest, l), cb.and(cb.equal(latest, l), cb.lessThan(id, i)))));
        };
    }

    /** The events whose earliest possible day is before this day. */
    static Specification<Event> startingBefore(LocalDate day) {
        return (root, cq, cb) -> cb.lessThan(root.get(Event_.date).get(EventDate_.earliest), day);
    }

    static Specification<Event> withId(long id) {
        return (root, cq, cb) -> cb.equal(root.get(Event_.id), id);
    }

    /** The title, the summary or one of the quotes holds one of the spellings. */
    private static Predicate containsAny(
            Root<Event> root, CriteriaQuery<?> cq, CriteriaBuilder cb, Set<String> spellings) {
        List<Predicate> any = new ArrayList<>();
        for (String spelling : spellings) {
            String pattern =
                    "%" + spelling.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            // "id in (events whose quotes match)", not a correlated "exists": the quotes are searched once, not once
            // per event.
            Subquery<Long> inQuotes = cq.subquery(Long.class);
            Root<Evidence> ev = inQuotes.from(Evidence.class);
            inQuotes.select(ev.get(Evidence_.event).get(Event_.id)).where(like(cb, ev.get(Evidence_.quote), pattern));
            any.add(like(cb, root.get(Event_.title), pattern));
            any.add(like(cb, root.get(Event_.summary), pattern));
            any.add(root.get(Event_.id).in(inQuotes));
        }
        return cb.or(any.toArray(Predicate[]::new));
    }

    private static Predicate like(CriteriaBuilder cb, Expression<String> field, String pattern) {
        return cb.like(cb.lower(field), pattern, '\\');
    }
}
