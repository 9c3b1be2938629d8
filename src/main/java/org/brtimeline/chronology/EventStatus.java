package org.brtimeline.chronology;

/**
 * Readers see published events only. Drafts are an editor's work in progress; deleted events stay
 * in the database (and in the history) so that a deletion can be undone; a merged event points to
 * the event that absorbed it, and its permalink redirects there.
 */
public enum EventStatus {
    DRAFT, PUBLISHED, DELETED, MERGED
}
