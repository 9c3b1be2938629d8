package org.brtimeline.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The command on a migrated in-memory H2 database, without the application around it. */
class GenerateCommandTest {

    private final DataSource dataSource =
            new DriverManagerDataSource("jdbc:h2:mem:generate-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcTemplate db = new JdbcTemplate(dataSource);
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @BeforeEach
    void migrate() {
        Flyway.configure().dataSource(dataSource).load().migrate();
    }

    private int generate(String... args) {
        return GenerateCommand.run(
                GenerateCommand.Options.parse(List.of(args)),
                dataSource,
                () -> indexRebuilds++,
                new PrintStream(console, true, StandardCharsets.UTF_8),
                false);
    }

    /** How often the command asked for the search index to be rebuilt (the application's index is tested elsewhere). */
    private int indexRebuilds;

    private long count(String sql) {
        return db.queryForObject(sql, Long.class);
    }

    @Test
    void an_empty_database_is_filled_and_the_database_still_chooses_ids_after_the_generated_ones() {
        assertThat(generate("--events", "600", "--articles", "12")).isZero();
        assertThat(indexRebuilds).isEqualTo(1);

        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("[##############################] 12 / 12 articles")
                .contains("[##############################] 600 / 600 events")
                .contains("Added 12 articles, 600 events (");
        assertThat(count("select count(*) from article where slug like 'synthetic-%'"))
                .isEqualTo(12);
        assertThat(count("select count(*) from event")).isEqualTo(600);
        assertThat(count("select count(*) from evidence")).isBetween(600L, 1800L);
        assertThat(count("select count(*) from passage")).isGreaterThan(12 * 6);
        assertThat(count("select count(*) from actor"))
                .isEqualTo(Vocabulary.actors().size());
        assertThat(count("select count(*) from evidence v join article_text t on t.article_id = v.article_id"
                        + " where substring(t.text_content, v.start_offset + 1, v.end_offset - v.start_offset)"
                        + " <> v.quote"))
                .isZero();
        assertThat(count("select count(*) from evidence v join passage p on p.article_id = v.article_id"
                        + " and p.passage_index = v.passage_index"
                        + " where v.start_offset < p.start_offset or v.start_offset >= p.end_offset"))
                .isZero();
        assertThat(count("select count(*) from evidence where passage_index is null"))
                .isZero();

        RowsWithoutIds.Ids added = RowsWithoutIds.add(db);

        assertThat(added.article()).isEqualTo(13);
        assertThat(added.event()).isEqualTo(601);
        assertThat(added.evidence()).isEqualTo(count("select count(*) from evidence"));
    }

    @Test
    void a_database_with_real_articles_is_refused_with_exit_code_2_and_left_as_it_was() {
        RowsWithoutIds.add(db);

        assertThat(generate("--events", "100")).isEqualTo(2);

        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("Refused")
                .contains("1 article that is not synthetic (such as 'added-after-generating')")
                .contains("--force");
        assertThat(count("select count(*) from event")).isEqualTo(1);
    }

    @Test
    void with_force_synthetic_data_joins_the_real_data_and_its_actors() {
        RowsWithoutIds.add(db);
        db.update("insert into actor (name, kind) values ('Alexander Lukashenko', 'PERSON')");

        assertThat(generate("--events", "200", "--force")).isZero();

        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("--force: adding synthetic data beside 1 article that is not synthetic");

        assertThat(count("select count(*) from event")).isEqualTo(201);
        assertThat(count("select count(*) from article")).isEqualTo(1 + 4);
        assertThat(count("select count(*) from actor where name = 'Alexander Lukashenko'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from actor"))
                .isEqualTo(Vocabulary.actors().size());
    }

    @Test
    void a_second_run_adds_other_articles_and_events_after_those_of_the_first() {
        generate("--events", "100", "--articles", "3");
        List<String> firstTitles = db.queryForList("select title from event order by id", String.class);

        assertThat(generate("--events", "100", "--articles", "3")).isZero();

        assertThat(db.queryForList("select slug from article order by id", String.class))
                .containsExactly(
                        "synthetic-000001",
                        "synthetic-000002",
                        "synthetic-000003",
                        "synthetic-000004",
                        "synthetic-000005",
                        "synthetic-000006");
        assertThat(db.queryForList("select title from event where id > 100 order by id", String.class))
                .isNotEqualTo(firstTitles);
        assertThat(count("select count(*) from actor"))
                .isEqualTo(Vocabulary.actors().size());
    }

    @Test
    void options_are_read_with_defaults_and_spring_options_passed_on() {
        var options = GenerateCommand.Options.parse(
                List.of("--events", "1_000_000", "--spring.datasource.url=jdbc:h2:mem:x", "--seed=7"));

        assertThat(options.events()).isEqualTo(1_000_000);
        assertThat(options.articles()).isEqualTo(20_000);
        assertThat(options.seed()).isEqualTo(7);
        assertThat(options.force()).isFalse();
        assertThat(options.springArguments()).containsExactly("--spring.datasource.url=jdbc:h2:mem:x");
        assertThat(GenerateCommand.Options.parse(List.of("--events=10")).articles())
                .isEqualTo(1);
    }

    @Test
    void mistakes_in_the_options_are_named() {
        assertThatThrownBy(() -> GenerateCommand.Options.parse(List.of("--articles", "5")))
                .hasMessage("--events is required");
        assertThatThrownBy(() -> GenerateCommand.Options.parse(List.of("--events", "1e6")))
                .hasMessage("--events: '1e6' is not a whole number");
        assertThatThrownBy(() -> GenerateCommand.Options.parse(List.of("--events", "0")))
                .hasMessage("--events: between 1 and 2,147,483,647, not 0");
        assertThatThrownBy(() -> GenerateCommand.Options.parse(List.of("--events", "10", "--articles", "500000")))
                .hasMessage("--articles: between 1 and 100,000, not 500,000");
        assertThatThrownBy(() -> GenerateCommand.Options.parse(List.of("--events", "10", "--evnts", "3")))
                .hasMessage("unknown option '--evnts'");
        assertThatThrownBy(() -> GenerateCommand.Options.parse(List.of("--events")))
                .hasMessage("--events needs a value");
    }
}
