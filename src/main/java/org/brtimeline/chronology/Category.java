package org.brtimeline.chronology;

import com.fasterxml.jackson.annotation.JsonValue;

/** The thread of relations an event belongs to; the timeline gives each a lane and a colour. */
public enum Category {
    DIPLOMACY,
    MILITARY,
    POLITICS,
    PROTEST,
    REPRESSION,
    ECONOMY,
    STATEMENT;

    /** The name editors and readers see: "Diplomacy". */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The lower-case code the API, the URLs and the corpus documentation use. */
    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
