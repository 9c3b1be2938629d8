package org.brtimeline.chronology;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.brtimeline.base.CalendarYears;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.base.DateQualifier;
import org.brtimeline.base.InvalidValueException;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;

/**
 * When an event happened, with honest precision: a start (and, for a range, an end) at a
 * precision, an optional qualifier, and the earliest and latest days that this allows. "Late
 * November 2022" is a month with the qualifier LATE (21–30 November), not 30 November; "from 26
 * to 28 April" is a day-precision range. Sorting and window queries use the bounds.
 *
 * <p>The start and end are the first day of their unit (a Monday for a week); the bounds a
 * qualifier allows are {@link DateQualifier}'s.
 */
@Embeddable
public class EventDate {

    public static final int MAX_WORDING = 300;
    public static final int MAX_NOTE = 1000;

    @Column(name = "date_start", nullable = false)
    private LocalDate start;

    @Column(name = "date_end")
    private LocalDate end;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", nullable = false, length = 10)
    private DatePrecision precision;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_qualifier", length = 10)
    private DateQualifier qualifier;

    @GenericField(sortable = Sortable.YES, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(name = "date_earliest", nullable = false)
    private LocalDate earliest;

    @GenericField(sortable = Sortable.YES, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(name = "date_latest", nullable = false)
    private LocalDate latest;

    @Column(name = "date_wording", length = MAX_WORDING)
    private String wording;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_basis", nullable = false, length = 20)
    private DateBasis basis;

    @Column(name = "date_note", length = MAX_NOTE)
    private String note;

    protected EventDate() {}

    private EventDate(LocalDate start, LocalDate end, DatePrecision precision, DateQualifier qualifier) {
        this.start = start;
        this.end = end;
        this.precision = precision;
        this.qualifier = qualifier;
        this.basis = DateBasis.STATED;
        LocalDate first = precision.firstDayOfUnit(start);
        LocalDate last = precision.lastDayOfUnit(end == null ? start : end);
        this.earliest = qualifier == null ? first : qualifier.earliest(first, last, precision);
        this.latest = qualifier == null ? last : qualifier.latest(first, last, precision);
    }

    /** A single date or a range; rejects dates that do not fit their precision, with a message naming the field. */
    public static EventDate of(LocalDate start, LocalDate end, DatePrecision precision, DateQualifier qualifier) {
        if (start == null) {
            throw new InvalidValueException("start", "required");
        }
        if (precision == null) {
            throw new InvalidValueException("precision", "required");
        }
        CalendarYears.require("start", start);
        requireAligned("start", start, precision);
        if (end != null) {
            CalendarYears.require("end", end);
            requireAligned("end", end, precision);
            if (end.isBefore(start)) {
                throw new InvalidValueException("end", end + " is before the start " + start);
            }
        }
        LocalDate rangeEnd = end == null || end.equals(start) ? null : end;
        if (qualifier != null) {
            qualifier.problemWith(precision, rangeEnd != null).ifPresent(problem -> {
                throw new InvalidValueException("qualifier", problem);
            });
        }
        return new EventDate(start, rangeEnd, precision, qualifier);
    }

    public static EventDate of(LocalDate start, DatePrecision precision) {
        return of(start, null, precision, null);
    }

    /** A fresh copy, so that an entity never shares an embeddable with a history snapshot. */
    EventDate copy() {
        // Not checked again: a date stored before a limit existed still copies, so that its event can be corrected.
        return new EventDate(start, end, precision, qualifier).describedAs(wording, basis, note);
    }

    /** The same date with the article's wording and where the date comes from. */
    public EventDate describedAs(String wording, DateBasis basis, String note) {
        EventDate copy = new EventDate(start, end, precision, qualifier);
        copy.wording = limited("wording", wording, MAX_WORDING);
        copy.basis = basis == null ? DateBasis.STATED : basis;
        copy.note = limited("note", note, MAX_NOTE);
        return copy;
    }

    private static void requireAligned(String field, LocalDate day, DatePrecision precision) {
        if (!precision.isAligned(day)) {
            throw new InvalidValueException(
                    field,
                    "a " + precision.code() + "-precision date is the first day of its " + precision.code() + " ("
                            + precision.firstDayOfUnit(day) + "), not " + day);
        }
    }

    private static String limited(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new InvalidValueException(field, "at most " + max + " characters");
        }
        org.brtimeline.base.PlainText.check(field, value);
        return value.strip();
    }

    /** A human wording of the date, such as "late November 2022", "26–28 April 2023" or "week of 24 August 2020". */
    public String label() {
        return DateLabels.label(this);
    }

    public boolean isRange() {
        return end != null;
    }

    /** Whether the date is fuzzier than one plain day or one stated range of days. */
    public boolean isFuzzy() {
        return precision != DatePrecision.DAY || qualifier != null;
    }

    public LocalDate start() {
        return start;
    }

    public LocalDate end() {
        return end;
    }

    public DatePrecision precision() {
        return precision;
    }

    public DateQualifier qualifier() {
        return qualifier;
    }

    public LocalDate earliest() {
        return earliest;
    }

    public LocalDate latest() {
        return latest;
    }

    public String wording() {
        return wording;
    }

    public DateBasis basis() {
        return basis;
    }

    public String note() {
        return note;
    }
}
