package org.brtimeline.chronology;

import java.time.Instant;
import java.util.List;

/**
 * One revision of an event in its history: when, by whom, what kind of change, and which fields
 * changed from the revision before, as "field: old → new" lines.
 */
public record EventRevision(long revision, Instant at, String username, String kind, List<String> changes) {}
