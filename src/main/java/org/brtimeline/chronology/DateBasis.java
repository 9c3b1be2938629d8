package org.brtimeline.chronology;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a date comes from, so a reader can tell a stated date from a worked-out one. */
public enum DateBasis {
    /** The text gives the date (a missing year is the publication year). */
    STATED,
    /** Relative wording ("last week", "the previous day") resolved against the publication date or the text around it. */
    RESOLVED,
    /** The article names the event without a date; the date is well known and the note says why. */
    GENERAL_KNOWLEDGE;

    /** What the basis means, in the words editors see. */
    public String label() {
        return switch (this) {
            case STATED -> "Stated in the text";
            case RESOLVED -> "Worked out from relative wording";
            case GENERAL_KNOWLEDGE -> "Well known (the note says why)";
        };
    }

    /** The lower-case code the API, the URLs and the corpus documentation use. */
    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
