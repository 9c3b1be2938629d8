package org.brtimeline.chronology;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** Answers queries without a search text with SQL over the event table and its indexes (docs/performance.md). */
@Component
class DatabaseLookup implements EventLookup {

    private final EventRepository events;
    private final EventBuckets buckets;

    DatabaseLookup(EventRepository events, EventBuckets buckets) {
        this.events = events;
        this.buckets = buckets;
    }

    @Override
    public List<DateBucket> countPer(EventQuery query, BucketSize size) {
        return buckets.count(matching(query), size);
    }

    @Override
    public Optional<DateBucket> extent(EventQuery query) {
        return buckets.extent(matching(query));
    }

    @Override
    public List<Event> slice(EventQuery query, long offset, int limit, EventOrder order) {
        Sort sort = EventSpecifications.chronological(query);
        var window = new OffsetLimit(offset, limit, order == EventOrder.NEWEST_FIRST ? sort.descending() : sort);
        // A slice, not a page: a page counts every matching event again whenever it comes back full.
        return events.findBy(matching(query), q -> q.slice(window)).getContent();
    }

    @Override
    public long count(EventQuery query) {
        return events.count(matching(query));
    }

    @Override
    public Optional<Event> neighbour(EventQuery query, Event from, boolean forward) {
        Sort sort = EventSpecifications.chronological(query);
        var first = new OffsetLimit(0, 1, forward ? sort : sort.descending());
        return events
                .findBy(matching(query).and(EventSpecifications.beyond(from, forward)), q -> q.slice(first))
                .stream()
                .findFirst();
    }

    @Override
    public boolean matches(EventQuery query, long eventId) {
        return events.exists(matching(query).and(EventSpecifications.withId(eventId)));
    }

    @Override
    public long countBefore(EventQuery query, Event event) {
        return events.count(matching(query).and(EventSpecifications.beyond(event, false)));
    }

    @Override
    public long countStartingBefore(EventQuery query, LocalDate day) {
        return events.count(matching(query).and(EventSpecifications.startingBefore(day)));
    }

    private static Specification<Event> matching(EventQuery query) {
        if (query.text() != null) {
            throw new IllegalArgumentException("a search text is answered by the search index, not the database");
        }
        return EventSpecifications.matching(query);
    }
}
