package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brtimeline.extraction.Describers.datesIn;
import static org.brtimeline.extraction.Describers.describe;

import org.junit.jupiter.api.Test;

/** Categories suggested from a sentence's words ({@link Categories}). */
class CategoriesTest {

    @Test
    void categories_follow_what_happened() {
        assertThat(Categories.of("24 people were detained for taking part in unregistered protests."))
                .isEqualTo("REPRESSION");
        assertThat(Categories.of("Thousands of troops were dispatched to Belarus."))
                .isEqualTo("MILITARY");
        assertThat(Categories.of("Lavrov and Makei held talks in Moscow.")).isEqualTo("DIPLOMACY");
    }

    @Test
    void what_someone_says_is_a_statement_and_the_title_s_words_come_before_the_rest_of_the_sentence() {
        assertThat(describe("Tsikhanouskaya said deploying Russian forces in her country would be a mistake, and called"
                                + " on Moscow to respect the will of the people.")
                        .category())
                .as("about forces, but what happened is that she said so")
                .isEqualTo("STATEMENT");
        // epoch-times-putin-arrives-in-minsk-2022-12-19
        String treaty = "The Russia–Belarus Union State Treaty was signed in 1999 with the aim of strengthening"
                + " economic and defense ties between the two neighbors.";
        assertThat(describe(treaty, datesIn(treaty, "in 1999")).category())
                .as("a treaty signed, not the defense ties it aims at")
                .isEqualTo("DIPLOMACY");
        // rferl-russian-pm-in-minsk-2020-09-03
        assertThat(describe(
                                "MINSK -- Russian Prime Minister Mikhail Mishustin has arrived in Minsk as Belarus's"
                                        + " beleaguered authoritarian leader, Alyaksandr Lukashenka, pivots to Moscow to overcome"
                                        + " weeks of protests and international isolation over an election widely viewed as rigged.")
                        .category())
                .as("a prime minister's arrival, not the protests of the clause the title leaves out")
                .isEqualTo("DIPLOMACY");
    }
}
