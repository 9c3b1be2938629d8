package org.brtimeline.chronology;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an actor is. */
public enum ActorKind {
    PERSON,
    STATE,
    ORGANISATION;

    /** The lower-case code the API, the URLs and the corpus documentation use. */
    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
