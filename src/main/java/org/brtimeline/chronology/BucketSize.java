package org.brtimeline.chronology;

/** The calendar unit by which {@link ChronologyService#countPer} counts events. */
public enum BucketSize {
    YEAR,
    MONTH,
    DAY
}
