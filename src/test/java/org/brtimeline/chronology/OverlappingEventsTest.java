package org.brtimeline.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.brtimeline.IntegrationTest;
import org.brtimeline.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The first events of several date windows at once, as the review queue compares each candidate with its own. */
@IntegrationTest
class OverlappingEventsTest {

    private static final DateWindow YEAR_2020 = new DateWindow(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
    private static final DateWindow FIRST_DAYS_OF_SEPTEMBER =
            new DateWindow(LocalDate.of(2020, 9, 1), LocalDate.of(2020, 9, 5));
    private static final DateWindow PUTIN_IN_MINSK =
            new DateWindow(LocalDate.of(2022, 12, 19), LocalDate.of(2022, 12, 19));
    private static final DateWindow NOTHING_HAPPENED =
            new DateWindow(LocalDate.of(1980, 1, 1), LocalDate.of(1980, 12, 31));

    @Autowired
    ChronologyService chronology;

    private List<EventDetails> firstOf(DateWindow window, int limit) {
        return chronology.slice(EventQuery.window(window.from(), window.to(), null), 0, limit);
    }

    @Test
    void each_window_gets_its_own_first_events_in_date_order() {
        var windows = List.of(YEAR_2020, FIRST_DAYS_OF_SEPTEMBER, PUTIN_IN_MINSK, NOTHING_HAPPENED);

        Map<DateWindow, List<EventDetails>> near = chronology.overlapping(windows, 3);

        assertThat(near).containsOnlyKeys(windows);
        windows.forEach(window -> assertThat(near.get(window))
                .as(window.toString())
                .extracting(EventDetails::id)
                .containsExactlyElementsOf(
                        firstOf(window, 3).stream().map(EventDetails::id).toList()));
        assertThat(near.get(FIRST_DAYS_OF_SEPTEMBER)).hasSize(3);
        assertThat(near.get(NOTHING_HAPPENED)).isEmpty();
    }

    @Test
    void more_windows_take_no_more_statements() {
        List<String> two = SqlStatements.during(
                () -> chronology.overlapping(List.of(FIRST_DAYS_OF_SEPTEMBER, PUTIN_IN_MINSK), 50));
        List<String> four = SqlStatements.during(() -> chronology.overlapping(
                List.of(FIRST_DAYS_OF_SEPTEMBER, PUTIN_IN_MINSK, YEAR_2020, NOTHING_HAPPENED), 50));

        assertThat(four).hasSameSizeAs(two);
    }
}
