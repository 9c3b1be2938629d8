package org.brtimeline.extraction;

import java.util.Optional;
import org.brtimeline.base.DateQualifier;

/** TIMEX3's {@code mod} attribute, as far as the tagger writes it; dates' mods map to the chronology's qualifiers. */
public enum TimexMod {
    START,
    MID,
    END,
    APPROX,
    BEFORE,
    AFTER,
    MORE_THAN,
    LESS_THAN,
    EQUAL_OR_MORE,
    EQUAL_OR_LESS;

    /** The qualifier an event date gets from this mod: START is "early", END "late"; durations' mods have none. */
    public Optional<DateQualifier> qualifier() {
        return Optional.ofNullable(
                switch (this) {
                    case START -> DateQualifier.EARLY;
                    case MID -> DateQualifier.MID;
                    case END -> DateQualifier.LATE;
                    case APPROX -> DateQualifier.ABOUT;
                    case BEFORE -> DateQualifier.BEFORE;
                    case AFTER -> DateQualifier.AFTER;
                    default -> null;
                });
    }

    /** "early", "mid", "late" and their spelled-out forms ("the beginning of", "the middle of", "the end of"). */
    static TimexMod ofPart(String word) {
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "early", "beginning", "start" -> START;
            case "mid", "middle" -> MID;
            default -> END;
        };
    }

    /** A duration's comparison: "more than" / "over", "less than" / "under", "at least", "up to"; "about", "nearly" and the like: APPROX. */
    static TimexMod ofComparison(String words) {
        return switch (words.toLowerCase(java.util.Locale.ROOT)) {
            case "more than", "over" -> MORE_THAN;
            case "less than", "under" -> LESS_THAN;
            case "at least" -> EQUAL_OR_MORE;
            case "up to" -> EQUAL_OR_LESS;
            default -> APPROX;
        };
    }
}
