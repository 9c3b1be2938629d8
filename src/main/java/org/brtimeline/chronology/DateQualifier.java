package org.brtimeline.chronology;

/** How the text hedges a date: "late November", "about 1994", "before the election". */
public enum DateQualifier {
    EARLY, MID, LATE, ABOUT, BEFORE, AFTER;

    /** Early, mid and late divide a month or a year into thirds; they make no sense for a day or a week. */
    boolean dividesTheUnit() {
        return this == EARLY || this == MID || this == LATE;
    }

    public String code() {
        return name().toLowerCase();
    }
}
