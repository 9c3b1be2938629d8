package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brtimeline.extraction.Describers.datesIn;
import static org.brtimeline.extraction.Describers.describe;
import static org.brtimeline.extraction.Describers.wireTitle;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What opens a sentence before its subject and stays out of its title ({@link Openings}). */
class OpeningsTest {

    @Test
    void an_opening_adverbial_is_left_out_but_a_subject_with_an_apposition_or_a_clause_of_its_own_is_not() {
        assertThat(describe("Farkas, an air force captain, was sent into space on board the Soyuz 36.")
                        .title())
                .isEqualTo("Farkas, an air force captain, is sent into space on board the Soyuz 36");
        assertThat(describe("Rally had net income of $2.4 million, or 34 cents a share.")
                        .title())
                .startsWith("Rally had net income");
        assertThat(describe("But, the remaining leadership had a falling out.").title())
                .startsWith("The remaining leadership");
        assertThat(describe("Saying “nothing is certain” about his return, Cuba's government exhorted citizens to"
                                + " keep rallying.")
                        .title())
                .isEqualTo("Cuba's government exhorts citizens to keep rallying");
        assertThat(describe(
                                "In the quarter ended Sept. 30, Delta posted net income of $133.1 million.",
                                List.of(new int[] {3, 14}, new int[] {21, 29}))
                        .title())
                .as("a financial period's 'ended' goes with its date")
                .isEqualTo("Delta posts net income of $133.1 million");
    }

    @Test
    void an_adverbial_opening_is_left_out_whatever_actors_it_names() {
        // WSJ910225-0066
        assertThat(wireTitle("Amid reports that thousands of Iraqi soldiers had surrendered, administration aides were"
                        + " also upbeat in private, with one even talking of victory within a week."))
                .isEqualTo("Administration aides were also upbeat in private");
    }

    @Test
    void an_aside_after_the_subject_is_no_opening_phrase_and_a_place_or_time_opening_is_left_out() {
        // AP900816-0139, WSJ900813-0157, AP900816-0139
        assertThat(wireTitle("Libyan leader Moammar Gadhafi, in a letter to the U.N. Secretary-General, also called"
                        + " for an emergency Security Council meeting in Geneva to remove U.S. forces."))
                .startsWith("Libyan leader Moammar Gadhafi calls for an emergency Security Council meeting");
        assertThat(wireTitle("Secretary of State James Baker, speaking on ABC News' \"This Week,\" said the Kuwaiti"
                        + " request gives the U.S. a legal basis for stopping the export of oil."))
                .startsWith("Secretary of State James Baker says the Kuwaiti request gives");
        assertThat(wireTitle("In Kuwait, the Iraqis have rimmed the capital city with an air-defense system."))
                .isEqualTo("The Iraqis rim the capital city with an air-defense system");
    }

    @Test
    void a_connective_and_a_name_are_a_subject_and_a_clause_opened_by_as_or_when_is_an_opening() {
        // TimeBank wsj_1013 … (the Gulf war series), AQUAINT APW19990607.0041; general rules, not these sentences'
        assertThat(
                        wireTitle(
                                "And Robert Gates, Mr. Bush's deputy national security adviser, asserted in an interview on"
                                        + " the Cable News Network that Iraqi troops have set fire to \"large sections\" of Kuwait City."))
                .startsWith("Robert Gates asserts in an interview");
        assertThat(wireTitle("As the death toll in Lebanon has mounted, the Israeli government has been faced with a"
                        + " growing grassroots movement calling for Israel's unilateral withdrawal from Lebanon."))
                .startsWith("The Israeli government is faced with a growing grassroots movement");
        String ultimatum =
                "Finally, when Iraq failed to respond to the U.S. ultimatum, Mr. Bush let the ground offensive"
                        + " begin as previously planned Saturday night.";
        assertThat(wireTitle(ultimatum, "Saturday night"))
                .isEqualTo("Mr. Bush let the ground offensive begin as previously planned");
    }

    @Test
    void an_opening_with_for_is_left_out_even_when_it_names_an_actor() {
        // AQUAINT NYT19990312 (NATO's expansion)
        EventDescriber describer =
                new EventDescriber(List.of(new KnownActor("Poland", "STATE", List.of("Polish"))), Gazetteer.instance());
        String noon = "``For the people of Poland, high noon comes today.''";

        assertThat(describer.describe(noon, datesIn(noon, "today")).title()).isEqualTo("High noon comes");
    }

    @Test
    void a_long_clause_a_conjunction_opens_is_an_opening_too() {
        // AQUAINT APW20000107.0318 and APW20000107.0088
        String calmer = "In contrast to Thursday, when two Cuban exile leaders and 133 other people were arrested and"
                + " police were forced to use tear gas to disperse a crowd, protesters in Miami were much calmer Friday.";
        assertThat(Describers.wireTitleFor(calmer, "Friday", "Thursday", "Friday"))
                .isEqualTo("Protesters in Miami were much calmer");
        assertThat(wireTitle("While state-run television broadcast footage of Cuban exiles protesting in Miami against"
                        + " the repatriation of Elian Gonzalez, the Cuban government urged its people to keep up their own"
                        + " demonstrations to ensure the boy's return."))
                .isEqualTo("The Cuban government urges its people to keep up their own demonstrations to ensure the"
                        + " boy's return");
    }
}
