package org.brtimeline.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import org.springframework.modulith.NamedInterface;

/** What every date field of the application shares: ISO dates, and a message next to it for what is not one. */
@NamedInterface("date-fields")
public final class DateFields {

    /** Said next to a date field whose text is no date ("2021-02-30", "32/13/2020", "March 2021"). */
    public static final String NOT_A_DATE = "Not a date: type it as YYYY-MM-DD, e.g. 2022-11-30";

    private DateFields() {}

    /** Dates shown and typed as YYYY-MM-DD, with {@link #NOT_A_DATE} for text that is none. */
    public static DatePicker.DatePickerI18n iso() {
        return new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd").setBadInputErrorMessage(NOT_A_DATE);
    }
}
