package org.brtimeline.chronology;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where the events that match a query are found: the database when the query filters only by dates, actors,
 * categories and article ({@link DatabaseLookup}), the search index when it has a search text ({@link IndexLookup}).
 * Both answer every question the same way, in the same chronological order (earliest day, latest day, id).
 */
interface EventLookup {

    /** How many matching events start (by their earliest possible day) in each year, month or day, in date order. */
    List<DateBucket> countPer(EventQuery query, BucketSize size);

    /** The first and last possible day of the matching events and their number; empty when none match. */
    Optional<DateBucket> extent(EventQuery query);

    /** The matching events from position {@code offset} on, at most {@code limit}, in this order. */
    List<Event> slice(EventQuery query, long offset, int limit, EventOrder order);

    long count(EventQuery query);

    /** The matching event right after ({@code forward}) or right before {@code from} in chronological order. */
    Optional<Event> neighbour(EventQuery query, Event from, boolean forward);

    boolean matches(EventQuery query, long eventId);

    /** How many matching events come before {@code event} in chronological order. */
    long countBefore(EventQuery query, Event event);

    /** How many matching events start (by their earliest possible day) before this day. */
    long countStartingBefore(EventQuery query, LocalDate day);
}
