package org.brtimeline.chronology;

public enum ActorKind {
    PERSON, STATE, ORGANISATION
}
