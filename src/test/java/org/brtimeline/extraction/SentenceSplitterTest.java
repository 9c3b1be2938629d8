package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream()
                .map(s -> text.substring(s.start(), s.end()))
                .toList();
    }

    @Test
    void abbreviations_and_initials_do_not_end_a_sentence() {
        assertThat(
                        sentences(
                                "On Dec. 13, the U.S. Defense Department spoke. Mr. Kent agreed, said D. Peskov. Then it ended."))
                .containsExactly(
                        "On Dec. 13, the U.S. Defense Department spoke.",
                        "Mr. Kent agreed, said D. Peskov.",
                        "Then it ended.");
    }

    @Test
    void closing_quotes_stay_with_their_sentence() {
        assertThat(sentences("“We will never be enemies of Russia.” He said it twice."))
                .containsExactly("“We will never be enemies of Russia.”", "He said it twice.");
    }

    @Test
    void a_quotation_opened_right_after_a_full_stop_begins_a_sentence_even_without_a_space() {
        // epoch-times-putin-arrives-in-minsk-2022-12-19
        assertThat(sentences("Lukashenko dismissed critics’ claims that the Union State Treaty represented a threat to"
                        + " Belarusian sovereignty.“None of the programs violates our sovereignty,” he told BelTA."))
                .containsExactly(
                        "Lukashenko dismissed critics’ claims that the Union State Treaty represented a threat to"
                                + " Belarusian sovereignty.",
                        "“None of the programs violates our sovereignty,” he told BelTA.");
        assertThat(sentences("He used the word “peace.“Peacekeeping” came later."))
                .hasSize(2);
        assertThat(sentences("The file was named report.“draft” by mistake.")).hasSize(1);
    }

    @Test
    void a_wire_quotation_opened_with_two_backticks_begins_a_sentence() {
        // NYT19980402.0453 (AQUAINT/TimeBank wire copy writes ``…'' for quotation marks)
        assertThat(sentences("There have been no arrests in any of the slayings. ``I haven't seen a pattern yet,'' said"
                        + " Patricia Hurt."))
                .containsExactly(
                        "There have been no arrests in any of the slayings.",
                        "``I haven't seen a pattern yet,'' said Patricia Hurt.");
    }

    @Test
    void a_line_break_always_ends_a_sentence() {
        assertThat(sentences("A headline without a stop\nThe text begins."))
                .containsExactly("A headline without a stop", "The text begins.");
    }
}
