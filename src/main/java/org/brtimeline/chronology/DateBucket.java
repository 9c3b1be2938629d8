package org.brtimeline.chronology;

import java.time.LocalDate;

/** How many events start (by their earliest possible day) within {@code [start, end]}. */
public record DateBucket(LocalDate start, LocalDate end, long count) {}
