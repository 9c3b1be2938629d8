package org.brtimeline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private String run(String... args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExtractCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void prints_expressions_and_candidates_with_offsets_into_the_file() throws IOException {
        String text = "Meanwhile, the Interior Ministry said that 24 people were detained the previous day.\n"
                + "Khrenin will visit Russia on September 4.";
        Path file = dir.resolve("article.txt");
        Files.writeString(file, text);

        JsonNode json = new ObjectMapper().readTree(run("--published", "2020-09-03", file.toString()));

        JsonNode first = json.get("expressions").get(0);
        assertThat(first.get("text").asText()).isEqualTo("the previous day");
        assertThat(first.get("value").asText()).isEqualTo("2020-09-02");
        assertThat(text.substring(first.get("start").asInt(), first.get("end").asInt()))
                .isEqualTo("the previous day");
        JsonNode candidate = json.get("candidates").get(1);
        assertThat(candidate.get("earliest").asText()).isEqualTo("2020-09-04");
        assertThat(candidate.get("evidence").get("quote").asText())
                .isEqualTo("Khrenin will visit Russia on September 4.");
        assertThat(candidate.get("title").asText()).isEqualTo("Khrenin will visit Russia");
    }

    @Test
    void a_bad_publication_date_is_reported() throws IOException {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "text");

        assertThat(run("--published", "2020-13-01", file.toString()))
                .contains("--published: '2020-13-01' is not a date");
    }

    @Test
    void tsv_is_a_quick_look() throws IOException {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "It happened on Dec. 19.");

        assertThat(run("--published", "2022-12-20", "--format", "tsv", file.toString()))
                .contains("start\tend\ttype\tvalue")
                .contains("15\t22\tDATE\t2022-12-19");
    }
}
