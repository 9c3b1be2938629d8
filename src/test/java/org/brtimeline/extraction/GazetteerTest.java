package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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
    void a_month_or_a_weekday_is_no_town_even_after_a_word_of_place() {
        assertThat(gazetteer.whereIn("Putin announced the plan in March, saying it was a response."))
                .isEmpty();
        assertThat(gazetteer.whereIn("The talks ended in May and resumed in Minsk on Sunday."))
                .containsExactly("Minsk");
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

    @Test
    void the_place_of_an_event_is_where_the_sentence_puts_it_not_who_acts_or_is_acted_on() {
        // rt-kiev-worried-by-minsk-moscow-rapprochement, rferl-russian-pm-in-minsk-2020-09-03
        assertThat(gazetteer.whereIn("In mid-August, speaking to his supporters in the center of Minsk, the President"
                        + " of Belarus criticized Kiev for demanding new elections for the head of state."))
                .containsExactly("Minsk");
        assertThat(gazetteer.whereIn(
                        "Ukrainian Foreign Minister Dmytro Kuleba said that Kiev had frozen contacts" + " with Minsk."))
                .isEmpty();
        assertThat(gazetteer.whereIn("George Kent said at a conference in Washington that the United States and its"
                        + " allies would have a tough response if Russia intervened in Belarus."))
                .containsExactly("Washington", "Belarus");
    }

    @Test
    void a_dateline_a_visit_and_a_list_after_a_visit_are_places_of_the_event() {
        // rferl-russian-pm-in-minsk-2020-09-03, situation-in-belarus-2023-04-24-union-state-region
        assertThat(gazetteer.whereIn("MINSK -- Russian Prime Minister Mikhail Mishustin has arrived for talks."))
                .containsExactly("Minsk");
        assertThat(gazetteer.whereIn("A Belarusian government delegation paid a working visit to three Russian"
                        + " regions – Novosibirsk, Irkutsk and Sverdlovsk – continuing the strategy."))
                .containsExactly("Novosibirsk", "Irkutsk");
        assertThat(gazetteer.whereIn("Putin was banned from entering Moldova.")).containsExactly("Moldova");
        assertThat(gazetteer.whereIn("MOSCOW -- Putin and Lukashenko signed the treaty in Minsk on Thursday."))
                .as("filed in Moscow, signed in Minsk")
                .containsExactly("Minsk");
    }

    @Test
    void a_country_named_by_its_adjective_is_a_place_when_its_territory_or_border_is_where_the_event_is() {
        var countryOf = Map.of("Belarusian", "Belarus", "Iranian", "Iran", "Ruthenian", "Ruthenia");
        // epoch-times-putin-arrives-in-minsk-2022-12-19
        assertThat(gazetteer.whereIn(
                        "Moscow dispatched thousands of troops—and substantial amounts of military hardware—to"
                                + " Belarusian territory.",
                        countryOf))
                .containsExactly("Belarus");
        assertThat(gazetteer.whereIn(
                        "Soon afterward, the Russian Air Force began staging regular patrol flights over the"
                                + " Belarusian border.",
                        countryOf))
                .containsExactly("Belarus");
        // AP900815-0044: what the event withdraws from is no place of it
        assertThat(gazetteer.whereIn("Saddam Hussein promised to withdraw from Iranian territory.", countryOf))
                .isEmpty();
        // an adjective of no country of the data set, and an adjective the map does not know
        assertThat(gazetteer.whereIn("Troops were sent to Ruthenian territory and to Moldovan soil.", countryOf))
                .isEmpty();
    }
}
