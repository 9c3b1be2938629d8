package org.brtimeline.chronology;

/** The thread of relations an event belongs to; the timeline gives each a lane and a colour. */
public enum Category {
    DIPLOMACY, MILITARY, POLITICS, PROTEST, REPRESSION, ECONOMY, STATEMENT;

    public String code() {
        return name().toLowerCase();
    }
}
