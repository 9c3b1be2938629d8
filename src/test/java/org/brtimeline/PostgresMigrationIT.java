package org.brtimeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.DateWindow;
import org.brtimeline.chronology.EventQuery;
import org.brtimeline.generate.RowsWithoutIds;
import org.brtimeline.generate.SyntheticChronology;
import org.brtimeline.reader.ReaderService;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Flyway migrations and the corpus import on a real PostgreSQL server (binaries from Maven),
 * through the {@code postgres} profile that production uses.
 */
// The index in memory: several test contexts live at once in this JVM, and a folder's index admits one writer.
@SpringBootTest(
        properties = {
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
            "app.admin.password-file=target/admin-password"
        })
@ActiveProfiles("postgres")
class PostgresMigrationIT {

    private static final EmbeddedPostgres POSTGRES = org.brtimeline.PostgresServer.start();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        org.brtimeline.PostgresServer.register(registry, POSTGRES);
    }

    @AfterAll
    static void stop() throws IOException {
        POSTGRES.close();
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChronologyService chronology;

    @Autowired
    ReaderService reader;

    @Autowired
    org.brtimeline.timeline.TimelineService timelines;

    @Test
    void the_migrations_run_on_postgresql() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isPositive();
    }

    @Test
    void the_corpus_is_imported_on_postgresql_with_every_quote_at_its_offsets() {
        var events = chronology.search(EventQuery.everything(), 0, 1000).items();

        assertThat(reader.articleCount()).isEqualTo(5);
        assertThat(events).hasSize(TestCorpus.curatedEvents());
        events.forEach(event -> event.evidence().forEach(evidence -> {
            var article = reader.article(evidence.articleSlug()).orElseThrow();
            assertThat(article.text().substring(evidence.startOffset(), evidence.endOffset()))
                    .isEqualTo(evidence.quote());
            var paragraph = article.passages().get(evidence.passage());
            assertThat(evidence.startOffset()).isBetween(paragraph.startOffset(), paragraph.endOffset() - 1);
        }));
    }

    @Test
    void migration_v5_moves_existing_texts_and_fills_in_paragraphs_on_postgresql() {
        jdbc.execute("create database article_text_migration");

        ArticleTextMigration.check(POSTGRES.getJdbcUrl("postgres", "article_text_migration"), "postgres", "postgres");
    }

    @Test
    void the_events_alike_several_sentences_are_loaded_in_one_query_on_postgresql() {
        var firstDays = new org.brtimeline.chronology.EventClues(
                new DateWindow(java.time.LocalDate.of(2020, 9, 1), java.time.LocalDate.of(2020, 9, 5)),
                java.util.Set.of(),
                java.util.Set.of("mishustin", "minsk"));
        var december = new org.brtimeline.chronology.EventClues(
                new DateWindow(java.time.LocalDate.of(2022, 12, 1), java.time.LocalDate.of(2022, 12, 31)),
                java.util.Set.of(),
                java.util.Set.of("visit", "minsk"));

        var alike = chronology.resembling(java.util.List.of(firstDays, december), 3);

        assertThat(alike.get(firstDays))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.latest())
                        .isAfterOrEqualTo(firstDays.window().from()));
        assertThat(alike.get(december))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.earliest())
                        .isBeforeOrEqualTo(december.window().to()));
    }

    @Test
    void searching_and_windows_work_on_postgresql() {
        assertThat(chronology
                        .search(
                                EventQuery.window(null, null, "mishustin"),
                                0,
                                10,
                                org.brtimeline.chronology.EventOrder.BEST_MATCH)
                        .items())
                .extracting(e -> e.title())
                .contains("Russian Prime Minister Mishustin visits Minsk");
        assertThat(chronology.count(EventQuery.window(
                        java.time.LocalDate.of(2020, 9, 1), java.time.LocalDate.of(2020, 9, 5), null)))
                .isEqualTo(9);
    }

    @Test
    void the_timeline_counts_per_year_and_month_on_postgresql() {
        var years = timelines.window(
                EventQuery.window(java.time.LocalDate.of(2000, 1, 1), java.time.LocalDate.of(2023, 12, 31), null), 10);
        var fourYears =
                EventQuery.window(java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2023, 12, 31), null);
        var months = timelines.window(fourYears, 10);

        assertThat(years.clustered()).isTrue();
        assertThat(years.clusters()).extracting(b -> b.start().getYear()).contains(2020, 2022, 2023);
        assertThat(months.clusters()).extracting(b -> b.start()).contains(java.time.LocalDate.of(2020, 9, 1));
        assertThat(months.total()).isEqualTo(chronology.count(fourYears));
    }

    @Test
    void the_articles_sort_by_title_and_by_their_events_on_postgresql() {
        var byTitle = reader.articles(0, 10, "title", false);
        var byEvents = reader.articles(0, 10, "events", true);

        assertThat(byTitle).hasSize(5);
        assertThat(byTitle)
                .extracting(org.brtimeline.reader.ArticleSummary::title)
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(byEvents)
                .extracting(org.brtimeline.reader.ArticleSummary::eventCount)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder())
                .first()
                .isEqualTo(15L);
    }

    @Test
    void generated_data_leaves_the_identity_columns_usable_on_postgresql() throws SQLException {
        jdbc.execute("create database generated");
        DataSource generated =
                new DriverManagerDataSource(POSTGRES.getJdbcUrl("postgres", "generated"), "postgres", "postgres");
        Flyway.configure().dataSource(generated).load().migrate();
        SyntheticChronology synthetic = new SyntheticChronology(generated);

        SyntheticChronology.Summary summary = synthetic.add(300, 6, 1, (unit, done, total) -> {});
        synthetic.updateStatistics();
        RowsWithoutIds.Ids added = RowsWithoutIds.add(new JdbcTemplate(generated));

        assertThat(added.article()).isEqualTo(7);
        assertThat(added.event()).isEqualTo(301);
        assertThat(added.evidence()).isEqualTo(summary.evidence() + 1);
        assertThat(synthetic.realData())
                .hasValueSatisfying(real -> assertThat(real).contains("added-after-generating"));
    }
}
