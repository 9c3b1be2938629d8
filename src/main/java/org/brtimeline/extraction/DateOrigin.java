package org.brtimeline.extraction;

/** How a candidate's date was reached, which the editor sees next to it. */
public enum DateOrigin {
    /** The sentence writes the date with its year. */
    STATED,
    /** The sentence's date resolved against the publication date ("on Monday", "last week", "September 3"). */
    RESOLVED,
    /** An undated sentence continuing a dated one keeps (or moves, "the next day") its reference time. */
    INHERITED,
    /**
     * Reported as news with no date of its own, on the day the article was published: its lead event, or a statement
     * one of the chronology's actors made on an occasion the sentence names ("in an interview with …, X said").
     */
    PUBLICATION
}
