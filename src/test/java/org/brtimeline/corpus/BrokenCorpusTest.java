package org.brtimeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.brtimeline.TestCorpus;
import org.brtimeline.base.SystemTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/** A corpus with one mistake is refused as a whole: nothing of it reaches the database. */
@SpringBootTest(
        properties = {
            "app.corpus.import-on-start=false",
            "spring.datasource.url=jdbc:h2:mem:broken-corpus;DB_CLOSE_DELAY=-1"
        })
@ActiveProfiles("test")
class BrokenCorpusTest {

    @Autowired
    CorpusImporter importer;

    /** The import runs at start-up as the system, and only so. */
    @Autowired
    SystemTask system;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    private String corpusWith(String file, UnaryOperator<String> change) throws IOException {
        FileSystemUtils.copyRecursively(Path.of("corpus"), dir);
        Path target = dir.resolve(file);
        Files.writeString(target, change.apply(Files.readString(target)));
        return "file:" + dir.toAbsolutePath() + "/";
    }

    private int rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private void assertDatabaseIsEmpty() {
        assertThat(rows("article")).isZero();
        assertThat(rows("actor")).isZero();
        assertThat(rows("event")).isZero();
        assertThat(rows("evidence")).isZero();
        assertThat(rows("corpus_import")).isZero();
    }

    @AfterEach
    void wipe() {
        for (String table : new String[] {
            "evidence",
            "event_actor",
            "event_place",
            "event",
            "actor_alias",
            "actor",
            "passage",
            "article",
            "corpus_import"
        }) {
            jdbc.update("delete from " + table);
        }
    }

    @Test
    void a_quote_that_is_not_in_the_article_stops_the_import_and_names_the_event() throws IOException {
        String location = corpusWith(
                "events.yaml", s -> s.replace("directly states that Kiev adheres", "clearly states that Kiev adheres"));

        assertThatThrownBy(() -> system.call(() -> importer.importFrom(location)))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("events.yaml, event 'ukraine-mfa-follows-eu-line-2020-08-15'")
                .hasMessageContaining("not found verbatim")
                .hasMessageContaining("clearly states");
        assertDatabaseIsEmpty();
    }

    @Test
    void an_unknown_article_stops_the_import() throws IOException {
        String location = corpusWith(
                "events.yaml",
                s -> s.replaceFirst(
                        "article: rt-kiev-worried-by-minsk-moscow-rapprochement", "article: no-such-article"));

        assertThatThrownBy(() -> system.call(() -> importer.importFrom(location)))
                .hasMessageContaining("unknown article 'no-such-article'");
        assertDatabaseIsEmpty();
    }

    @Test
    void an_impossible_date_stops_the_import() throws IOException {
        String location = corpusWith("events.yaml", s -> s.replace("when: \"2020-08-15\"", "when: \"2020-02-30\""));

        assertThatThrownBy(() -> system.call(() -> importer.importFrom(location)))
                .hasMessageContaining("event 'ukraine-mfa-follows-eu-line-2020-08-15'")
                .hasMessageContaining("2020-02-30");
        assertDatabaseIsEmpty();
    }

    @Test
    void an_unknown_actor_stops_the_import() throws IOException {
        String location = corpusWith(
                "events.yaml", s -> s.replace("actors: [Mikhail Mishustin,", "actors: [Mikhail Mishustine,"));

        assertThatThrownBy(() -> system.call(() -> importer.importFrom(location)))
                .hasMessageContaining("unknown actor 'Mikhail Mishustine'");
        assertDatabaseIsEmpty();
    }

    @Test
    void a_misspelt_field_stops_the_import() throws IOException {
        String location = corpusWith("events.yaml", s -> s.replaceFirst("summary:", "sumary:"));

        assertThatThrownBy(() -> system.call(() -> importer.importFrom(location)))
                .hasMessageContaining("events.yaml")
                .hasMessageContaining("sumary");
        assertDatabaseIsEmpty();
    }

    @Test
    void a_sound_corpus_is_imported_whole_and_only_once() throws IOException {
        String location = corpusWith("actors.yaml", UnaryOperator.identity());

        CorpusImporter.Summary summary = system.call(() -> importer.importFrom(location));

        assertThat(summary.articles()).isEqualTo(5);
        assertThat(summary.events()).isEqualTo(TestCorpus.curatedEvents());
        assertThat(rows("evidence")).isEqualTo(summary.evidence());
        assertThat(importer.databaseIsEmpty()).isFalse();
    }
}
