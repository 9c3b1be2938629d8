package org.brtimeline.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
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
 * Backup and restore on a real PostgreSQL server: the corpus imported there, backed up and restored into a new
 * PostgreSQL database, is the same row for row; and a chronology moves between the embedded H2 database and PostgreSQL
 * (PostgreSQL → H2 → PostgreSQL) without losing or changing anything.
 */
// The index in memory: several test contexts live at once in this JVM, and a folder's index admits one writer.
@SpringBootTest(
        properties = {
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
            "app.admin.password-file=target/admin-password"
        })
@ActiveProfiles("postgres")
class PostgresBackupIT {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
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
    DataSource corpus;

    @Autowired
    JdbcTemplate sql;

    @Autowired
    BackupService backups;

    /** A new, migrated, empty PostgreSQL database on the same server. */
    private DataSource emptyPostgres() {
        String name = "restore_" + UUID.randomUUID().toString().replace("-", "");
        sql.execute("create database " + name);
        DataSource database =
                new DriverManagerDataSource(POSTGRES.getJdbcUrl("postgres", name), "postgres", "postgres");
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .load()
                .migrate();
        return database;
    }

    private byte[] backup(DataSource database) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        new DatabaseBackup(database).write(file, backups.schemaVersion(), true, NOW);
        return file.toByteArray();
    }

    private void restore(DataSource database, byte[] file) throws IOException {
        new DatabaseBackup(database)
                .restore(new org.springframework.core.io.ByteArrayResource(file), backups.schemaVersion(), false);
    }

    /** Every table's rows as a sorted list: two databases may order texts differently (their collations). */
    private static Map<String, List<String>> sorted(Map<String, List<String>> dump) {
        Map<String, List<String>> sorted = new TreeMap<>();
        dump.forEach((table, rows) -> sorted.put(table, rows.stream().sorted().toList()));
        return sorted;
    }

    @Test
    void a_backup_of_the_corpus_on_postgresql_restored_into_a_new_postgresql_database_is_the_same_row_for_row()
            throws Exception {
        Map<String, List<String>> original = new DatabaseBackup(corpus).dump();
        assertThat(original.get("evidence")).isNotEmpty();
        assertThat(original.get("event_aud")).isNotEmpty();
        assertThat(original.get("app_user")).isNotEmpty();
        DataSource restored = emptyPostgres();

        restore(restored, backup(corpus));

        assertThat(new DatabaseBackup(restored).dump()).isEqualTo(original);
        JdbcTemplate copy = new JdbcTemplate(restored);
        copy.update("insert into actor (name, kind) values ('Someone new on PostgreSQL', 'person')");
        assertThat(copy.queryForObject("select max(id) from actor", Long.class))
                .isGreaterThan(sql.queryForObject("select max(id) from actor", Long.class));
    }

    @Test
    void a_chronology_moves_from_postgresql_to_h2_and_from_h2_to_postgresql_unchanged() throws Exception {
        Map<String, List<String>> original = new DatabaseBackup(corpus).dump();
        DataSource h2 = EmptyH2.database();

        restore(h2, backup(corpus));
        DataSource back = emptyPostgres();
        restore(back, backup(h2));

        assertThat(sorted(new DatabaseBackup(h2).dump())).isEqualTo(sorted(original));
        assertThat(new DatabaseBackup(back).dump()).isEqualTo(original);
    }
}
