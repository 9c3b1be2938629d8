package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventNounsTest {

    @Test
    void a_noun_of_what_happened_to_someone_becomes_their_verb() {
        // epoch-times-putin-arrives-in-minsk-2022-12-19
        assertThat(EventNouns.asClause("the unexpected death of his predecessor, Vladimir Makei,"))
                .contains("Vladimir Makei dies unexpectedly");
        assertThat(EventNouns.asClause("the arrest of Roman Protasevich in Minsk"))
                .contains("Roman Protasevich is arrested in Minsk");
        assertThat(EventNouns.asClause("the release of Kovalkova and Dyleuski"))
                .as("two people take the plural")
                .contains("Kovalkova and Dyleuski are released");
        assertThat(EventNouns.asClause("the long-awaited return of Tsikhanouskaya to Vilnius"))
                .as("an adjective that tells no manner is left out")
                .contains("Tsikhanouskaya returns to Vilnius");
    }

    @Test
    void a_phrase_of_another_shape_or_about_someone_unnamed_is_left_as_it_is() {
        assertThat(EventNouns.asClause("the death of his predecessor")).isEmpty();
        assertThat(EventNouns.asClause("the political crisis of 2020")).isEmpty();
        assertThat(EventNouns.asClause("the deaths of hundreds of people")).isEmpty();
    }
}
