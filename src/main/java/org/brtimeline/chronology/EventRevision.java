package org.brtimeline.chronology;

import java.time.Instant;
import java.util.List;

/**
 * One revision of an event in its history: its number among the event's revisions (1 for the
 * first), when, by whom, what kind of change ("created", "changed", "restored from revision 2"),
 * and which fields changed from the revision before, as "field: old → new" lines. {@code revision}
 * is the global revision id, to restore it.
 */
public record EventRevision(
        long revision, int number, Instant at, String username, String kind, List<String> changes) {}
