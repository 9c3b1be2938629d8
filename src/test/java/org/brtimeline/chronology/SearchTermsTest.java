package org.brtimeline.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
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
}
