package org.brtimeline.chronology;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Reads pages of events without a search text from the database, in the order of its index event_by_bounds (status,
 * earliest, latest, id): a page anywhere in a million events is one index range, where the search index would have to
 * rank every event before it.
 */
@Component
class DatabaseLookup implements EventRows {

    private final EventRepository events;

    DatabaseLookup(EventRepository events) {
        this.events = events;
    }

    @Override
    public List<Event> slice(EventQuery query, long offset, int limit, EventOrder order) {
        Sort sort = EventSpecifications.chronological(query);
        var window = new OffsetLimit(offset, limit, order == EventOrder.NEWEST_FIRST ? sort.descending() : sort);
        // A slice, not a page: a page counts every matching event again whenever it comes back full.
        return events.findBy(matching(query), q -> q.slice(window)).getContent();
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

    private static Specification<Event> matching(EventQuery query) {
        if (query.text() != null) {
            throw new IllegalArgumentException("a search text is answered by the search index, not the database");
        }
        return EventSpecifications.matching(query);
    }
}
