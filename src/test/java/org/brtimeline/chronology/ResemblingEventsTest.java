package org.brtimeline.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brtimeline.IntegrationTest;
import org.brtimeline.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The events most like several sentences at once, as the review queue compares each candidate with its own. */
@IntegrationTest
class ResemblingEventsTest {

    private static final DateWindow DECEMBER_2022 =
            new DateWindow(LocalDate.of(2022, 12, 1), LocalDate.of(2022, 12, 31));
    private static final DateWindow FIRST_DAYS_OF_SEPTEMBER_2020 =
            new DateWindow(LocalDate.of(2020, 9, 1), LocalDate.of(2020, 9, 5));
    private static final DateWindow YEAR_1980 = new DateWindow(LocalDate.of(1980, 1, 1), LocalDate.of(1980, 12, 31));

    @Autowired
    ChronologyService chronology;

    private long actor(String name) {
        return chronology.actorCalled(name).orElseThrow().id();
    }

    @Test
    void a_sentence_s_events_are_those_sharing_its_actors_or_words_the_most_alike_first() {
        var putinInMinsk = new EventClues(DECEMBER_2022, Set.of(actor("Vladimir Putin")), Set.of("visited", "minsk"));

        List<EventDetails> alike =
                chronology.resembling(List.of(putinInMinsk), 50).get(putinInMinsk);

        assertThat(alike).isNotEmpty();
        assertThat(alike.get(0).title()).isEqualTo("Putin pays a one-day working visit to Minsk");
        assertThat(alike)
                .allSatisfy(e -> assertThat(e.latest()).isAfterOrEqualTo(DECEMBER_2022.from()))
                .allSatisfy(e -> assertThat(e.earliest()).isBeforeOrEqualTo(DECEMBER_2022.to()))
                .allSatisfy(e -> assertThat(e.status()).isEqualTo(EventStatus.PUBLISHED));
        assertThat(chronology
                        .search(EventQuery.window(DECEMBER_2022.from(), DECEMBER_2022.to(), null), 0, 1000)
                        .items())
                .as("events of December 2022 that share nothing with the sentence")
                .filteredOn(e -> !alike.contains(e))
                .allSatisfy(e -> assertThat(e.actors())
                        .extracting(EventDetails.ActorRef::name)
                        .doesNotContain("Vladimir Putin"));
    }

    @Test
    void a_sentence_that_shares_nothing_or_falls_on_empty_days_has_no_events() {
        var nothingSaid = new EventClues(FIRST_DAYS_OF_SEPTEMBER_2020, Set.of(), Set.of());
        var nothingHappened = new EventClues(YEAR_1980, Set.of(actor("Vladimir Putin")), Set.of("minsk"));

        Map<EventClues, List<EventDetails>> alike = chronology.resembling(List.of(nothingSaid, nothingHappened), 50);

        assertThat(alike.get(nothingSaid)).isEmpty();
        assertThat(alike.get(nothingHappened)).isEmpty();
    }

    @Test
    void more_sentences_take_no_more_statements() {
        var mishustin = new EventClues(FIRST_DAYS_OF_SEPTEMBER_2020, Set.of(), Set.of("mishustin", "minsk"));
        var putin = new EventClues(DECEMBER_2022, Set.of(actor("Vladimir Putin")), Set.of("minsk"));
        var lukashenko = new EventClues(DECEMBER_2022, Set.of(actor("Alexander Lukashenko")), Set.of("union"));
        var nobody = new EventClues(YEAR_1980, Set.of(), Set.of("minsk"));

        List<String> two = SqlStatements.during(() -> chronology.resembling(List.of(mishustin, putin), 50));
        List<String> four =
                SqlStatements.during(() -> chronology.resembling(List.of(mishustin, putin, lukashenko, nobody), 50));

        assertThat(four).hasSameSizeAs(two);
    }
}
