package org.brtimeline.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.brtimeline.base.InvalidValueException;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    private static final List<Actor> ACTORS = List.of(
            new Actor("Alexander Lukashenko", ActorKind.PERSON, List.of("Lukashenka", "Lukashenko")),
            new Actor("Belarus", ActorKind.STATE, List.of("Minsk")));

    @Test
    void every_word_is_a_term_and_a_quoted_phrase_is_one() {
        assertThat(SearchTerms.of("Minsk  \"Union State\" protests", ACTORS).terms())
                .containsExactly(Set.of("minsk"), Set.of("union state"), Set.of("protests"));
    }

    @Test
    void a_persons_name_stands_for_every_spelling_of_it() {
        assertThat(SearchTerms.of("lukashenka", ACTORS).terms().get(0))
                .containsExactlyInAnyOrder("lukashenka", "alexander lukashenko", "lukashenko");
    }

    @Test
    void a_place_is_not_widened_to_its_state() {
        assertThat(SearchTerms.of("Minsk", ACTORS).terms().get(0)).containsExactly("minsk");
    }

    @Test
    void a_blank_search_has_no_terms() {
        assertThat(SearchTerms.of("   ", ACTORS).isEmpty()).isTrue();
        assertThat(SearchTerms.of(null, ACTORS).isEmpty()).isTrue();
    }

    @Test
    void a_search_of_more_than_twelve_terms_or_three_hundred_characters_cannot_be_run() {
        assertThat(EventQuery.searchProblem("Minsk \"Union State\" " + "protest ".repeat(10)))
                .isEmpty();
        assertThat(EventQuery.searchProblem("Minsk \"Union State\" " + "protest ".repeat(11)))
                .contains("a search takes at most 12 words or \"phrases\"; this one has 13");
        assertThat(EventQuery.searchProblem("x".repeat(301))).get().asString().contains("at most 300 characters");
        assertThatThrownBy(() -> EventQuery.window(null, null, "protest ".repeat(13)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("this one has 13");
    }

    @Test
    void an_editors_type_ahead_searches_the_first_twelve_terms_of_what_was_typed() {
        assertThat(EventQuery.typed("Minsk \"Union State\" " + "protest ".repeat(20))
                        .text())
                .isEqualTo("Minsk \"Union State\" " + "protest ".repeat(10).strip());
        assertThat(EventQuery.typed("Makei").text()).isEqualTo("Makei");
    }
}
