package org.brtimeline.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.brtimeline.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A backup restored into a new database gives back every row of every table, field for field: texts exactly,
 * every offset, every revision, merges, accounts; a restore refuses a database with data, a damaged file or another
 * schema, and then changes nothing.
 */
@IntegrationTest
class BackupRoundTripTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Autowired
    DataSource corpus;

    @Autowired
    Flyway flyway;

    private String schema() {
        return flyway.info().current().getVersion().getVersion();
    }

    private byte[] backup(DataSource database, boolean withPasswords) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        new DatabaseBackup(database).write(file, schema(), withPasswords, NOW);
        return file.toByteArray();
    }

    private Map<String, Long> restore(DataSource database, byte[] file, boolean force) throws IOException {
        return new DatabaseBackup(database).restore(new ByteArrayResource(file), schema(), force);
    }

    @Test
    void a_restored_backup_of_the_corpus_is_the_same_database_row_for_row() throws Exception {
        Map<String, List<String>> original = new DatabaseBackup(corpus).dump();
        assertThat(original.get("article")).isNotEmpty();
        assertThat(original.get("article_text")).isNotEmpty();
        assertThat(original.get("evidence")).isNotEmpty();
        assertThat(original.get("revision")).isNotEmpty();
        assertThat(original.get("event_aud")).isNotEmpty();
        assertThat(original.get("app_user")).isNotEmpty();
        DataSource restored = EmptyH2.database();

        Map<String, Long> rows = restore(restored, backup(corpus, true), false);

        assertThat(new DatabaseBackup(restored).dump()).isEqualTo(original);
        assertThat(rows.get("event")).isEqualTo(original.get("event").size());
    }

    @Test
    void merges_candidates_and_any_text_survive_and_new_ids_follow_the_restored_ones() throws Exception {
        DataSource first = EmptyH2.database();
        restore(first, backup(corpus, true), false);
        JdbcTemplate sql = new JdbcTemplate(first);
        long lastEvent = sql.queryForObject("select max(id) from event", Long.class);
        long firstEvent = sql.queryForObject("select min(id) from event", Long.class);
        sql.update("update event set merged_into_id = ? where id = ?", lastEvent, firstEvent);
        long article = sql.queryForObject("select min(id) from article", Long.class);
        sql.update(
                "insert into date_candidate (article_id, start_offset, end_offset, title, date_text, earliest, latest,"
                        + " granularity, label, status, created_at) values (?, 0, 5, ?, 'in 2020', date '2020-01-01',"
                        + " date '2020-12-31', 'year', '2020', 'pending', timestamp with time zone"
                        + " '2026-11-30 10:11:12.123456+03:00')",
                article,
                "Emoji 🇧🇾, quotes \"“”, a backslash \\ and\na line break");
        DataSource second = EmptyH2.database();

        restore(second, backup(first, true), false);

        assertThat(new DatabaseBackup(second).dump()).isEqualTo(new DatabaseBackup(first).dump());
        JdbcTemplate restored = new JdbcTemplate(second);
        assertThat(restored.queryForObject("select merged_into_id from event where id = ?", Long.class, firstEvent))
                .isEqualTo(lastEvent);
        restored.update("insert into actor (name, kind) values ('Someone new', 'person')");
        assertThat(restored.queryForObject("select max(id) from actor where name = 'Someone new'", Long.class))
                .isGreaterThan(sql.queryForObject("select max(id) from actor", Long.class));
    }

    @Test
    void without_passwords_the_accounts_come_back_with_no_usable_password() throws Exception {
        DataSource restored = EmptyH2.database();

        restore(restored, backup(corpus, false), false);

        assertThat(new JdbcTemplate(restored).queryForList("select password_hash from app_user", String.class))
                .isNotEmpty()
                .containsOnly(DatabaseBackup.NO_PASSWORD);
    }

    @Test
    void a_database_with_data_is_refused_unless_forced_and_then_replaced_whole() throws Exception {
        DataSource database = EmptyH2.database();
        byte[] file = backup(corpus, true);
        restore(database, file, false);
        new JdbcTemplate(database)
                .update("update article set title = 'changed since' where id = (select min(id) from article)");
        Map<String, List<String>> before = new DatabaseBackup(database).dump();

        assertThatThrownBy(() -> restore(database, file, false))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("not empty");
        assertThat(new DatabaseBackup(database).dump()).isEqualTo(before);

        restore(database, file, true);
        assertThat(new DatabaseBackup(database).dump()).isEqualTo(new DatabaseBackup(corpus).dump());
    }

    @Test
    void a_damaged_backup_or_another_schema_restores_nothing() throws Exception {
        byte[] file = backup(corpus, true);
        DataSource database = EmptyH2.database();

        assertThatThrownBy(() -> restore(database, withoutEntry(file, "tables/evidence.jsonl"), false))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("evidence");
        assertThatThrownBy(() -> new DatabaseBackup(database).restore(new ByteArrayResource(file), "999", false))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("schema");
        assertThat(new DatabaseBackup(database).dump().values())
                .allSatisfy(rows -> assertThat(rows).isEmpty());
    }

    @Test
    void a_backup_with_a_date_that_is_no_date_restores_nothing_and_says_which_value() throws Exception {
        byte[] file = edited(backup(corpus, true), "tables/event.jsonl", "\"\\d{4}-\\d{2}-\\d{2}\"", "\"2020-13-45\"");
        DataSource database = EmptyH2.database();

        assertThatThrownBy(() -> restore(database, file, false))
                .isInstanceOf(BackupException.class)
                .hasMessage("Nothing restored: '2020-13-45' in the backup is not a date or time");
        assertThat(new DatabaseBackup(database).dump().values())
                .allSatisfy(rows -> assertThat(rows).isEmpty());
    }

    @Test
    void a_backup_whose_tables_come_out_of_order_restores_nothing() throws Exception {
        byte[] file = withEntryLast(backup(corpus, true), "tables/article.jsonl");
        DataSource database = EmptyH2.database();

        assertThatThrownBy(() -> restore(database, file, false))
                .isInstanceOf(BackupException.class)
                .hasMessageStartingWith("The backup is damaged: tables/article.jsonl comes after tables it refers to");
        assertThat(new DatabaseBackup(database).dump().values())
                .allSatisfy(rows -> assertThat(rows).isEmpty());
    }

    @Test
    void a_row_that_is_no_json_or_a_text_of_more_than_20_million_characters_restores_nothing() throws Exception {
        byte[] file = backup(corpus, true);
        byte[] broken = edited(file, "tables/actor.jsonl", "^\\{", "{{");
        byte[] huge = edited(
                file,
                "tables/article_text.jsonl",
                "\"text_content\":\"",
                "\"text_content\":\"" + "x".repeat(20_000_001));
        DataSource database = EmptyH2.database();
        restore(database, file, false);
        Map<String, List<String>> before = new DatabaseBackup(database).dump();

        assertThatThrownBy(() -> restore(database, broken, true))
                .isInstanceOf(BackupException.class)
                .hasMessageStartingWith("The backup is damaged: tables/actor.jsonl is not one JSON object per line");
        assertThatThrownBy(() -> restore(database, huge, true))
                .isInstanceOf(BackupException.class)
                .hasMessageStartingWith(
                        "The backup is damaged: tables/article_text.jsonl is not one JSON object per line")
                .hasMessageContaining("20000000");
        assertThat(new DatabaseBackup(database).dump()).isEqualTo(before);
    }

    /** The same zip with one entry moved to the end. */
    private static byte[] withEntryLast(byte[] file, String name) throws IOException {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        byte[] moved = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(file));
                ZipOutputStream out = new ZipOutputStream(copy)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    moved = in.readAllBytes();
                } else {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(in.readAllBytes());
                    out.closeEntry();
                }
            }
            out.putNextEntry(new ZipEntry(name));
            out.write(moved);
            out.closeEntry();
        }
        return copy.toByteArray();
    }

    /** The same zip with the first match of {@code regex} in one entry replaced. */
    private static byte[] edited(byte[] file, String name, String regex, String replacement) throws IOException {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(file));
                ZipOutputStream out = new ZipOutputStream(copy)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    bytes = new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                            .replaceFirst(regex, replacement)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return copy.toByteArray();
    }

    /** The same zip without one of its entries. */
    private static byte[] withoutEntry(byte[] file, String name) throws IOException {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(file));
                ZipOutputStream out = new ZipOutputStream(copy)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.getName().equals(name)) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(in.readAllBytes());
                    out.closeEntry();
                }
            }
        }
        return copy.toByteArray();
    }
}
