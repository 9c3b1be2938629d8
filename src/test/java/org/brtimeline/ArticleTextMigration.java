package org.brtimeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Checks migration V5 on a database that already holds an article and evidence (run on H2 by
 * {@code ArticleTextMigrationTest} and on PostgreSQL by {@code PostgresMigrationIT}): the text moves
 * to article_text and each evidence, current and audited, gets the paragraph its quote starts in.
 */
final class ArticleTextMigration {

    private static final String TEXT = "First paragraph.\n\nSecond paragraph, quoted.";

    private ArticleTextMigration() {}

    static void check(String url, String user, String password) {
        var dataSource = new DriverManagerDataSource(url, user, password);
        Flyway flyway = Flyway.configure().dataSource(dataSource).target("4").load();
        flyway.migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Timestamp now = Timestamp.from(Instant.parse("2024-01-01T00:00:00Z"));
        jdbc.update("""
                insert into article (id, slug, title, publisher, language, published_on, published_precision,
                    text_content, checksum, created_at)
                values (1, 'an-article', 'An article', 'A wire', 'en', date '2020-09-03', 'DAY', ?, 'checksum', ?)""", TEXT, now);
        jdbc.update("insert into passage (article_id, passage_index, start_offset, end_offset) values (1, 0, 0, 16)");
        jdbc.update("insert into passage (article_id, passage_index, start_offset, end_offset) values (1, 1, 18, 43)");
        jdbc.update("""
                insert into event (id, title, category, status, date_start, date_precision, date_earliest,
                    date_latest, date_basis, version, created_at, updated_at)
                values (1, 'An event', 'POLITICS', 'PUBLISHED', date '2020-09-03', 'DAY', date '2020-09-03',
                    date '2020-09-03', 'STATED', 0, ?, ?)""", now, now);
        int second = TEXT.indexOf("Second");
        int between = TEXT.indexOf("\n\n");
        insertEvidence(jdbc, 1, 0, 5);
        insertEvidence(jdbc, 2, second, second + 6);
        insertEvidence(jdbc, 3, between, second + 6);
        jdbc.update("insert into revision (id, changed_at, username) values (1, 0, 'editor')");
        jdbc.update("""
                insert into evidence_aud (id, rev, revtype, event_id, article_id, start_offset, end_offset, quote)
                values (2, 1, 0, 1, 1, ?, ?, 'Second')""", second, second + 6);

        flyway = Flyway.configure().dataSource(dataSource).load();
        flyway.migrate();

        assertThat(jdbc.queryForObject("select text_content from article_text where article_id = 1", String.class))
                .isEqualTo(TEXT);
        assertThatThrownBy(() -> jdbc.queryForList("select text_content from article"))
                .hasMessageContaining("text_content");
        assertThat(jdbc.queryForList("select passage_index from evidence order by id", Integer.class))
                .containsExactly(0, 1, null);
        assertThat(jdbc.queryForObject("select passage_index from evidence_aud where id = 2", Integer.class))
                .isEqualTo(1);
    }

    private static void insertEvidence(JdbcTemplate jdbc, long id, int start, int end) {
        jdbc.update(
                "insert into evidence (id, event_id, article_id, start_offset, end_offset, quote) values (?, 1, 1, ?, ?, ?)",
                id,
                start,
                end,
                TEXT.substring(start, end));
    }
}
