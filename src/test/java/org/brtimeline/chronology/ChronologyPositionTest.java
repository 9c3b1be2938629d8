package org.brtimeline.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.brtimeline.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Where events stand in date order, counted without loading the chronology: what the list and story mode jump by. */
@IntegrationTest
class ChronologyPositionTest {

    @Autowired
    ChronologyService chronology;

    private List<EventDetails> all(EventQuery query) {
        return chronology.slice(query, 0, ChronologyService.MAX_PAGE_SIZE);
    }

    @Test
    void each_event_s_position_is_its_index_in_date_order() {
        List<EventDetails> events = all(EventQuery.everything());

        assertThat(events).hasSizeGreaterThan(1);
        IntStream.range(0, events.size())
                .forEach(i -> assertThat(chronology.position(
                                EventQuery.everything(), events.get(i).id()))
                        .as(events.get(i).title())
                        .contains((long) i));
    }

    @Test
    void an_event_outside_the_selection_has_no_position() {
        EventQuery statements = new EventQuery(null, null, null, Set.of(), Set.of(Category.STATEMENT), null, false);
        EventDetails other = all(EventQuery.everything()).stream()
                .filter(e -> e.category() != Category.STATEMENT)
                .findFirst()
                .orElseThrow();

        assertThat(chronology.position(statements, other.id())).isEmpty();
        assertThat(chronology.position(EventQuery.everything(), Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void the_events_starting_before_a_day_are_those_listed_before_its_first_event() {
        List<EventDetails> events = all(EventQuery.everything());
        LocalDate newYear2020 = LocalDate.of(2020, 1, 1);

        long before =
                events.stream().filter(e -> e.earliest().isBefore(newYear2020)).count();

        assertThat(chronology.countStartingBefore(EventQuery.everything(), newYear2020))
                .isEqualTo(before)
                .isPositive()
                .isLessThan(events.size());
        assertThat(events.get((int) before).earliest()).isAfterOrEqualTo(newYear2020);
    }
}
