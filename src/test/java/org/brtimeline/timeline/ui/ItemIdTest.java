package org.brtimeline.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ItemIdTest {

    @Test
    void an_event_in_an_actor_lane_is_still_that_event() {
        String id = ItemId.eventInLane(12, 3).toString();

        assertThat(id).isEqualTo("e12@3");
        assertThat(ItemId.eventIn(id)).contains(12L);
    }

    @Test
    void an_event_id_round_trips() {
        assertThat(ItemId.eventIn(ItemId.event(40).toString())).contains(40L);
    }

    @Test
    void a_cluster_or_a_forged_id_names_no_event() {
        assertThat(ItemId.eventIn(ItemId.cluster(LocalDate.of(2020, 9, 1)).toString()))
                .isEmpty();
        assertThat(ItemId.eventIn("e")).isEmpty();
        assertThat(ItemId.eventIn("e99999999999999999999999")).isEmpty();
        assertThat(ItemId.eventIn("12")).isEmpty();
        assertThat(ItemId.eventIn(null)).isEmpty();
    }
}
