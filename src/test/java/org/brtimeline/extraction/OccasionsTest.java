package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A statement with the occasion it was made on ({@link Occasions}): real sentences of the corpus and of AQUAINT news. */
class OccasionsTest {

    @Test
    void an_interview_named_before_the_verb_is_the_occasion_of_the_statement() {
        // rt-kiev-worried-by-minsk-moscow-rapprochement
        assertThat(Occasions.reportsStatementOnOccasion("In particular, in an interview with Russian journalists,"
                        + " President of Belarus Alexander Lukashenko said that with the support of the United States,"
                        + " Ukraine, along with other Eastern European states, is trying to destabilize the situation in"
                        + " the country."))
                .isTrue();
    }

    @Test
    void an_address_or_the_reporters_told_right_after_the_verb_are_occasions() {
        // XIE19980808.0049, tv3-neliupsiene-putin-does-not-want-such-an-example
        assertThat(Occasions.reportsStatementOnOccasion("\"No matter how long it takes or where it takes us, we will"
                        + " pursue terrorists until the cases are solved and justice is done,\" Clinton said in his weekly"
                        + " radio address."))
                .isTrue();
        assertThat(
                        Occasions.reportsStatementOnOccasion(
                                "“No, these statements have absolutely nothing to do with"
                                        + " reality, this issue has not been discussed,” Peskov told reporters in response to a question."))
                .isTrue();
    }

    @Test
    void a_meeting_inside_what_was_said_or_a_bare_said_is_no_occasion() {
        // APW20000107.0318
        assertThat(Occasions.reportsStatementOnOccasion(
                        "Reno said she is considering the issues raised in the meeting and the state court action."))
                .isFalse();
        // epoch-times-putin-arrives-in-minsk-2022-12-19
        assertThat(Occasions.reportsStatementOnOccasion("“We will never be enemies of Russia,” he said."))
                .isFalse();
    }
}
