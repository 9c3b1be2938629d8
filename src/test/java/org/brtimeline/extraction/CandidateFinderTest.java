package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateFinderTest {

    private final TemporalTagger tagger = new TemporalTagger();

    private List<Candidate> candidatesIn(String text) {
        return CandidateFinder.find(text, tagger.tag(text, LocalDate.of(2020, 9, 3)));
    }

    @Test
    void a_dated_sentence_becomes_a_candidate_with_the_sentence_as_evidence() {
        String text = "Lavrov met Makei in Moscow on September 2. Nothing else happened.";

        List<Candidate> found = candidatesIn(text);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).evidence().quote()).isEqualTo("Lavrov met Makei in Moscow on September 2.");
        assertThat(found.get(0).earliest()).isEqualTo(LocalDate.of(2020, 9, 2));
    }

    @Test
    void bylines_copyright_notices_and_lines_of_dates_only_are_not_events() {
        String text = """
                By RFE/RL's Belarus Service September 03, 2020
                Copyright (c) 2020. RFE/RL, Inc.
                November 11 – November 17
                By the end of August troops had left Minsk.""";

        assertThat(candidatesIn(text))
                .extracting(c -> c.evidence().quote())
                .containsExactly("By the end of August troops had left Minsk.");
    }

    @Test
    void the_suggested_title_leaves_out_the_dateline() {
        assertThat(CandidateFinder.title(
                        "MINSK -- Russian Prime Minister Mikhail Mishustin has arrived in Minsk on September 3."))
                .isEqualTo("Russian Prime Minister Mikhail Mishustin has arrived in Minsk on September 3");
        assertThat(CandidateFinder.title("SOCHI — The leaders met on Monday.")).isEqualTo("The leaders met on Monday");
    }

    @Test
    void each_date_of_a_sentence_is_proposed() {
        String text = "The talks on Tuesday prepared the 25 February elections, the minister said.";

        assertThat(candidatesIn(text))
                .extracting(Candidate::wording, Candidate::earliest)
                .containsExactly(
                        tuple("Tuesday", LocalDate.of(2020, 9, 1)), tuple("25 February", LocalDate.of(2020, 2, 25)));
    }

    @Test
    void copyright_lines_are_never_proposed_however_they_are_written() {
        String text = """
                (c) 2024 Example Wire.
                © 2023 Minsk Evening Courier. All rights reserved.
                Example Wire (c) 2024, all rights reserved.
                Copyright 2022 by the Union State Gazette.
                The copyright law was passed by parliament on 2 March 2021 after a long debate.""";

        assertThat(candidatesIn(text))
                .extracting(c -> c.evidence().quote())
                .containsExactly("The copyright law was passed by parliament on 2 March 2021 after a long debate.");
    }

    @Test
    void the_same_sentence_with_the_same_date_is_proposed_once() {
        String text = """
                Lavrov met Makei in Moscow on September 2, that is on 2 September.
                Lavrov met Makei in Moscow on September 2, that is on 2 September.""";

        assertThat(candidatesIn(text)).hasSize(1);
    }
}
