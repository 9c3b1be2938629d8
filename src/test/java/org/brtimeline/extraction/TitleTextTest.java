package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brtimeline.extraction.Describers.describe;
import static org.brtimeline.extraction.Describers.span;
import static org.brtimeline.extraction.Describers.wireTitle;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A sentence as a title sees it, without its dates and the words that introduce them ({@link TitleText}). */
class TitleTextTest {

    private final EventDescriber describer = Describers.corpus();

    @Test
    void a_date_leaves_the_title_with_the_preposition_that_introduced_it() {
        // tv3-neliupsiene-putin-does-not-want-such-an-example
        String sentence = "Lukashenka has been watching Russia, which for years has pushed for closer ties.";
        int years = sentence.indexOf("years");

        assertThat(describer
                        .describe(sentence, List.of(new int[] {years, years + "years".length()}))
                        .title())
                .doesNotContain("for has")
                .doesNotContain("which for")
                .endsWith("for closer ties");
    }

    @Test
    void a_date_goes_with_its_preposition_unless_it_describes_the_noun_after_it() {
        // wsj_1035, wsj_1013
        String drop = "Consolidated Freightways Inc. reported a 77% drop in third-quarter net income.";
        assertThat(describe(drop, List.of(span(drop, "third-quarter"))).title())
                .isEqualTo("Consolidated Freightways Inc. reports a 77% drop in net income");
        String ratio = "Its ratio of tangible equity to total assets as of Sept. 30 was 3.6%.";
        assertThat(describe(ratio, List.of(span(ratio, "Sept. 30"))).title())
                .isEqualTo("Its ratio of tangible equity to total assets was 3.6%");
    }

    @Test
    void a_date_leaves_no_possessive_nor_empty_aside_behind_and_a_second_verb_phrase_is_in_the_present() {
        // wsj_1003, AQUAINT APW19980820.1428 (the embassy bombings) and APW19980911.0475 (the Comoros)
        assertThat(wireTitle("Last year's results were hurt by $41.3 million in restructuring charges.", "Last year"))
                .startsWith("Results");
        assertThat(wireTitle(
                        "The embassy bombings, on Aug. 7, killed 247 people in Kenya and 10 in Tanzania.", "Aug. 7"))
                .isEqualTo("The embassy bombings kill 247 people in Kenya and 10 in Tanzania");
        assertThat(wireTitle(
                        "On Sept. 2, police in the Comoros archipelago, off the Tanzanian coast, raided two homes"
                                + " and searched for a suspect in the bombings.",
                        "Sept. 2"))
                .startsWith("Police in the Comoros archipelago raid two homes and search for a suspect");
    }

    @Test
    void a_dateline_and_wire_dashes_are_left_out_and_an_article_fits_the_word_after_a_removed_date() {
        // AQUAINT NYT19980212.0019, TimeBank AP900815-0044, wsj_0144-style filings
        String newark = "NEWARK, N.J. _ A new Essex County task force began delving Thursday into the slayings of 14"
                + " black women in the Newark area.";
        assertThat(wireTitle(newark, "Thursday"))
                .isEqualTo("A new Essex County task force begins delving into the slayings of 14 black women in the"
                        + " Newark area");
        assertThat(wireTitle(
                        "Bush, however, says he sees no short-term hope for a diplomatic solution to the gulf crisis _"
                                + " at least until economic sanctions force Saddam to withdraw his army."))
                .isEqualTo("Bush says he sees no short-term hope for a diplomatic solution to the gulf crisis");
        String filing = "According to the filing, Hewlett-Packard acquired 730,070 common shares from Octel as a result"
                + " of an Aug. 10, 1988, stock purchase agreement.";
        assertThat(wireTitle(filing, "Aug. 10, 1988"))
                .isEqualTo("Hewlett-Packard acquires 730,070 common shares from Octel as a result of a stock purchase"
                        + " agreement");
    }

    @Test
    void the_comma_that_closes_a_year_goes_with_its_date_but_not_one_that_closes_an_aside() {
        // TimeBank wsj_0132 (Elco Industries), wsj_0170-style notes
        String elco =
                "Elco Industries Inc. said it expects net income in the year ending June 30, 1990, to fall below a"
                        + " recent analyst's estimate of $1.65 a share.";
        assertThat(wireTitle(elco, "the year ending June 30, 1990", "recent"))
                .isEqualTo(
                        "Elco Industries Inc. says it expects net income to fall below an analyst's estimate of $1.65"
                                + " a share");
        String notes =
                "The gross proceeds from the sale of the notes, which will be due on Nov. 1, 2004, will be used to"
                        + " reduce existing debt and for general corporate purposes, the company said.";
        assertThat(wireTitle(notes, "Nov. 1, 2004"))
                .startsWith("The gross proceeds from the sale of the notes will be used to reduce existing debt");
    }

    @Test
    void a_last_before_a_full_date_goes_with_the_date() {
        // AQUAINT NYT19990419.0515
        String sentence = "Slepian was the mainstay of Buffalo's only abortion clinic before he was shot to death last"
                + " Oct. 23 at his home in suburban Amherst.";

        assertThat(wireTitle(sentence, "Oct. 23"))
                .isEqualTo("Slepian is shot to death at his home in suburban Amherst");
    }
}
