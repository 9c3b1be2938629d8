package org.brtimeline.chronology;

import java.util.List;
import java.util.Optional;

/**
 * Where the matching events themselves are read, in chronological order (earliest day, latest day, id): the search
 * index ({@link IndexLookup}) when the query has a search text or a window with both ends, the database
 * ({@link DatabaseLookup}) for open-ended pages without text, whose ordered index in SQL reaches any page at once. Counts
 * always come from the search index (docs/performance.md, "Windows from the search index").
 */
interface EventRows {

    /** The matching events from position {@code offset} on, at most {@code limit}, in this order. */
    List<Event> slice(EventQuery query, long offset, int limit, EventOrder order);

    /** The matching event right after ({@code forward}) or right before {@code from} in chronological order. */
    Optional<Event> neighbour(EventQuery query, Event from, boolean forward);
}
