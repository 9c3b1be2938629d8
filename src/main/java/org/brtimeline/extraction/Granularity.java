package org.brtimeline.extraction;

/** How precise a found date is. */
public enum Granularity {
    DAY,
    WEEK,
    MONTH,
    SEASON,
    QUARTER,
    YEAR,
    DECADE,
    CENTURY
}
