package org.brtimeline.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextFilesTest {

    @Test
    void utf8_text_is_read_as_it_is() {
        assertThat(TextFiles.decode("Лукашэнка — “quote”".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Лукашэнка — “quote”");
    }

    @Test
    void a_byte_order_mark_is_dropped() {
        assertThat(TextFiles.decode("\uFEFFtext".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("text");
    }

    @Test
    void a_binary_file_is_refused() {
        assertThatThrownBy(() -> TextFiles.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}))
                .hasMessageContaining("binary file");
    }

    @Test
    void a_file_in_another_encoding_is_refused_rather_than_guessed() {
        byte[] latin1 = "café".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> TextFiles.decode(latin1)).hasMessageContaining("not valid UTF-8");
    }
}
