package org.brtimeline.extraction;

import java.time.LocalDate;

/**
 * A temporal expression found in a text: its offsets ({@code [start, end)}, Java string indices),
 * the text, the TIMEX3 type, value and mod, and for dates the earliest and latest day it can
 * mean with its granularity (null for durations, sets and references such as {@code PAST_REF}).
 */
public record TemporalExpression(
        int start,
        int end,
        String text,
        TimexType type,
        String value,
        TimexMod mod,
        LocalDate earliest,
        LocalDate latest,
        Granularity precision) {

    /** Whether it names a stretch of calendar days that can be placed on a timeline. */
    public boolean isPlaceable() {
        return earliest != null && latest != null;
    }
}
