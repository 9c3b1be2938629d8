package org.brtimeline.chronology;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Readers see published events only. Drafts are an editor's work in progress; deleted events stay
 * in the database (and in the history) so that a deletion can be undone; a merged event points to
 * the event that absorbed it, and its permalink redirects there.
 */
public enum EventStatus {
    DRAFT,
    PUBLISHED,
    DELETED,
    MERGED;

    /** The name editors see: "Draft", "Published", "Deleted", "Merged". */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether an event in this status can still be changed: a deleted or merged one cannot (until restored). */
    public boolean allowsEdits() {
        return this == DRAFT || this == PUBLISHED;
    }

    /** The lower-case code the API, the URLs and the corpus documentation use. */
    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
