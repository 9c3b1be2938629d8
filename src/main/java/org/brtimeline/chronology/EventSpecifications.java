package org.brtimeline.chronology;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.brtimeline.source.Article_;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** Turns an {@link EventQuery} without search text into a JPA criteria predicate. */
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

    /** The events that match the query's dates, status, categories, actors and article (its search text is the index's). */
    static Specification<Event> matching(EventQuery query) {
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
}
