package org.brtimeline.chronology;

/** Where a date comes from, so a reader can tell a stated date from a worked-out one. */
public enum DateBasis {
    /** The text gives the date (a missing year is the publication year). */
    STATED,
    /** Relative wording ("last week", "the previous day") resolved against the publication date or the text around it. */
    RESOLVED,
    /** The article names the event without a date; the date is well known and the note says why. */
    GENERAL_KNOWLEDGE
}
