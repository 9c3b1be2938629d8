package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.instance();

    @Test
    void towns_and_countries_of_the_data_sets_are_found_in_the_order_named() {
        assertThat(gazetteer.placesIn("A Belarusian delegation flew from Minsk to Irkutsk, then on to China."))
                .containsExactly("Minsk", "Irkutsk", "China");
    }

    @Test
    void a_town_that_is_also_a_word_needs_a_word_of_place_before_it() {
        assertThat(gazetteer.placesIn("Police said the crowd would split. Best of all, it rained."))
                .isEmpty();
        assertThat(gazetteer.placesIn("The meeting was held in Sochi.")).containsExactly("Sochi");
    }

    @Test
    void a_town_listed_after_a_place_is_a_place_too() {
        // situation-in-belarus-2023-04-24-union-state-region
        assertThat(gazetteer.placesIn("A Belarusian government delegation paid a working visit to three Russian"
                        + " regions – Novosibirsk, Irkutsk and Sverdlovsk – continuing the strategy."))
                .containsExactly("Novosibirsk", "Irkutsk");
        assertThat(gazetteer.placesIn("They met in Minsk, Best of all, it rained."))
                .containsExactly("Minsk");
    }

    @Test
    void a_country_whose_town_is_named_adds_nothing_and_acronyms_are_no_towns() {
        assertThat(gazetteer.placesIn("Putin arrived in Minsk, Belarus, for a working visit."))
                .containsExactly("Minsk");
        assertThat(gazetteer.placesIn("Kuleba spoke at the UN in Geneva.")).containsExactly("Geneva");
        assertThat(gazetteer.isCountry("Belarus")).isTrue();
    }
}
