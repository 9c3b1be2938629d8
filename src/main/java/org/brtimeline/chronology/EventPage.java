package org.brtimeline.chronology;

import java.util.List;

/** One page of events in chronological order, with the total number that match. */
public record EventPage(List<EventDetails> items, long total, int page, int size) {}
