package org.brtimeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The first argument of {@code java -jar app.jar} chooses a command; only no command starts the web application. */
class ApplicationCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private OptionalInt run(String... args) throws IOException {
        return Application.runCommand(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void a_misspelt_command_exits_with_the_usage_instead_of_starting_the_web_server() throws IOException {
        assertThat(run("generat")).hasValue(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Unknown command 'generat'")
                .contains("usage:")
                .contains("import-articles")
                .contains("import-events")
                .contains("reset-password")
                .contains("generate --events N")
                .contains("evaluate-timeml");
    }

    @Test
    void no_argument_or_only_spring_options_start_the_web_application() throws IOException {
        assertThat(run()).isEmpty();
        assertThat(run("--server.port=9090")).isEmpty();
    }

    @Test
    void a_known_command_runs_and_gives_its_exit_code() throws IOException {
        assertThat(run("extract")).hasValue(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage: extract");
    }

    @Test
    void generate_without_a_number_of_events_exits_with_its_usage_before_starting_anything() throws IOException {
        assertThat(run("generate", "--articles", "10")).hasValue(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("generate: --events is required")
                .contains("usage: generate --events N");
    }

    @Test
    void import_events_and_reset_password_without_their_one_argument_exit_with_their_usage() throws IOException {
        assertThat(run("import-events")).hasValue(2);
        assertThat(run("reset-password", "one", "two")).hasValue(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("usage: import-events <file.csv or TimelineJS file.json> [--category=CODE]")
                .contains("usage: reset-password <user name>");
    }
}
