package org.brtimeline.chronology;

/** Readers see published events only; drafts are an editor's work in progress. */
public enum EventStatus {
    DRAFT, PUBLISHED
}
