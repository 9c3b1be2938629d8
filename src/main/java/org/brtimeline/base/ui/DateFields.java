package org.brtimeline.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import org.brtimeline.base.CalendarYears;
import org.springframework.modulith.NamedInterface;

/** What every date field of the application shares: ISO dates, and a message next to it for what is not one. */
@NamedInterface("date-fields")
public final class DateFields {

    /** Said next to a date field whose text is no date ("2021-02-30", "32/13/2020", "March 2021"). */
    public static final String NOT_A_DATE = "Not a date: type it as YYYY-MM-DD, e.g. 2022-11-30";

    /** The first and the last day a date field takes: those the chronology's dates may lie on ({@link CalendarYears}). */
    public static final LocalDate FIRST_DAY = CalendarYears.FIRST_DAY;

    public static final LocalDate LAST_DAY = CalendarYears.LAST_DAY;

    /** Said next to a date field whose date lies outside {@link #FIRST_DAY} to {@link #LAST_DAY}. */
    public static final String OUT_OF_YEARS =
            "Out of range: type a date from the year " + FIRST_DAY.getYear() + " to " + LAST_DAY.getYear();

    private DateFields() {}

    /** A date field for any day from {@link #FIRST_DAY} to {@link #LAST_DAY}, with the messages of {@link #iso}. */
    public static DatePicker bounded(DatePicker picker) {
        picker.setI18n(iso().setMinErrorMessage(OUT_OF_YEARS).setMaxErrorMessage(OUT_OF_YEARS));
        picker.setMin(FIRST_DAY);
        picker.setMax(LAST_DAY);
        return picker;
    }

    /** Dates shown and typed as YYYY-MM-DD, with {@link #NOT_A_DATE} for text that is none. */
    public static DatePicker.DatePickerI18n iso() {
        return new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd").setBadInputErrorMessage(NOT_A_DATE);
    }
}
