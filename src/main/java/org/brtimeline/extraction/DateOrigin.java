package org.brtimeline.extraction;

/** How a candidate's date was reached, which the editor sees next to it. */
public enum DateOrigin {
    /** The sentence writes the date with its year. */
    STATED,
    /** The sentence's date resolved against the publication date ("on Monday", "last week", "September 3"). */
    RESOLVED,
    /** An undated sentence continuing a dated one keeps (or moves, "the next day") its reference time. */
    INHERITED,
    /** The article's lead event, reported as news, on the day it was published. */
    PUBLICATION
}
