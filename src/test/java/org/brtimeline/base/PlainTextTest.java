package org.brtimeline.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void a_text_of_any_script_with_line_breaks_tabs_and_emoji_is_plain() {
        assertThat(PlainText.problemIn("Лукашенко и Путин встретились в Сочи.\r\n\tThey met 🇧🇾🇷🇺 — “again”.\u00a0"))
                .isEmpty();
        assertThat(PlainText.problemIn(null)).isEmpty();
    }

    @Test
    void a_control_character_is_named_with_its_position() {
        assertThat(PlainText.problemIn("Minsk\u0000talks"))
                .contains("holds an invisible control character (U+0000) at position 6: remove it");
        assertThat(PlainText.problemIn("Minsk \u001b[31m"))
                .hasValueSatisfying(p -> assertThat(p).contains("U+001B"));
        assertThat(PlainText.problemIn("Minsk\u0085"))
                .hasValueSatisfying(p -> assertThat(p).contains("U+0085"));
    }

    @Test
    void half_of_a_surrogate_pair_is_a_broken_character() {
        assertThat(PlainText.problemIn("Minsk \uD83D talks"))
                .hasValueSatisfying(p -> assertThat(p).startsWith("holds a broken character at position 7"));
        assertThat(PlainText.problemIn("\uDC00")).isPresent();
        assertThat(PlainText.problemIn("ends with \uD83D")).isPresent();
    }

    @Test
    void checking_names_the_field() {
        assertThatThrownBy(() -> PlainText.check("title", "a\u0007b"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("title"));
    }
}
