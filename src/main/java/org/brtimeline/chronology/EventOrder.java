package org.brtimeline.chronology;

/** The order of a list of events: by date either way, or by how well they match a search (then by date). */
public enum EventOrder {
    OLDEST_FIRST,
    NEWEST_FIRST,
    /** The best matches of the search text first; without a search text, the same as {@link #OLDEST_FIRST}. */
    BEST_MATCH
}
