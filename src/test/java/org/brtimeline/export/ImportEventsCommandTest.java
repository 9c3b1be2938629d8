package org.brtimeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brtimeline.WritingTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code import-events FILE}: runs without a login, prints the report, and exits 0 only when the drafts were stored. */
@WritingTest
class ImportEventsCommandTest {

    @Autowired
    EventImport importer;

    @Autowired
    org.brtimeline.base.SystemTask system;

    @Autowired
    JdbcTemplate sql;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private int run(Path file) throws Exception {
        return run(file, null);
    }

    private int run(Path file, String category) throws Exception {
        return ImportEventsCommand.run(
                importer, system, file, category, new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return console.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_sound_file_becomes_drafts_whose_revisions_are_the_system_s_and_the_report_names_each() throws Exception {
        Path file = folder.resolve("events.csv");
        Files.writeString(file, """
                title,start,precision,qualifier,category,summary
                Imported from the command line,2021-05-01,month,late,politics,"Two lines,
                of summary"
                """);

        assertThat(run(file)).isZero();

        assertThat(printed())
                .contains("Imported 1 event as drafts (CSV)")
                .containsPattern("row 2: event \\d+, late May 2021: Imported from the command line");
        assertThat(sql.queryForObject(
                        "select r.username from event_aud a join revision r on r.id = a.rev join event e on e.id = a.id"
                                + " where e.title = 'Imported from the command line' and e.status = 'DRAFT'",
                        String.class))
                .isEqualTo("system");
    }

    @Test
    void a_bad_file_exits_1_having_stored_nothing_and_a_missing_one_exits_2() throws Exception {
        Path file = folder.resolve("bad.csv");
        Files.writeString(file, "title,start,category\nNot stored,2021-05-01,politics\nNo date,,politics\n");
        long events = sql.queryForObject("select count(*) from event", Long.class);

        assertThat(run(file)).isEqualTo(1);
        assertThat(run(folder.resolve("missing.csv"))).isEqualTo(2);

        assertThat(printed())
                .contains("Nothing imported: 1 problem (CSV)")
                .contains("rejected: row 3, start: required")
                .contains("No such file: ");
        assertThat(sql.queryForObject("select count(*) from event", Long.class)).isEqualTo(events);
    }

    @Test
    void a_category_option_files_events_without_one_and_an_unknown_category_is_refused_before_reading()
            throws Exception {
        Path file = folder.resolve("no-category.csv");
        Files.writeString(file, "title,start\nFiled by the command line,2021-05-02\n");

        assertThat(run(file, "nonsense")).isEqualTo(2);
        assertThat(run(file, "Economy")).isZero();

        assertThat(printed()).contains("No such category: 'nonsense'").contains("Imported 1 event as drafts (CSV)");
        assertThat(sql.queryForObject(
                        "select category from event where title = 'Filed by the command line'", String.class))
                .isEqualTo("ECONOMY");
    }
}
