package org.brtimeline.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private long now;

    private ProgressBar bar(boolean inPlace) {
        return new ProgressBar(new PrintStream(printed, true, StandardCharsets.UTF_8), inPlace, () -> now);
    }

    @Test
    void in_a_log_the_bar_takes_one_line_per_tenth() {
        ProgressBar bar = bar(false);
        for (long done = 5_000; done <= 1_000_000; done += 5_000) {
            now += 200_000_000L;
            bar.advanced("events", done, 1_000_000);
        }

        String[] lines = printed.toString(StandardCharsets.UTF_8).split("\\R");
        assertThat(lines).hasSize(11);
        assertThat(lines[0]).isEqualTo("[..............................] 5,000 / 1,000,000 events  0 s");
        assertThat(lines[5]).isEqualTo("[###############...............] 500,000 / 1,000,000 events  19 s");
        assertThat(lines[10]).isEqualTo("[##############################] 1,000,000 / 1,000,000 events  39 s");
    }

    @Test
    void on_a_terminal_the_bar_is_redrawn_in_place_and_ends_its_line_when_done() {
        ProgressBar bar = bar(true);
        bar.advanced("articles", 200, 400);
        now += 50_000_000L;
        bar.advanced("articles", 300, 400);
        now += 250_000_000L;
        bar.advanced("articles", 400, 400);

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .isEqualTo("\r[###############...............] 200 / 400 articles  0 s"
                        + "\r[##############################] 400 / 400 articles  0 s" + System.lineSeparator());
    }
}
