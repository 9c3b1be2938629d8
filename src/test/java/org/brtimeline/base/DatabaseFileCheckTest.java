package org.brtimeline.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.brtimeline.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** An existing but empty or foreign H2 file is never taken for a first start. */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseFileCheckTest {

    @TempDir
    Path data;

    @Test
    void the_application_refuses_an_empty_database_file_saying_what_to_do_without_a_stack_trace(CapturedOutput log)
            throws IOException {
        Files.createFile(data.resolve("timeline.mv.db"));

        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                        .run("--spring.datasource.url=jdbc:h2:file:" + data.resolve("timeline")
                                + ";DB_CLOSE_ON_EXIT=FALSE"))
                .isInstanceOf(DatabaseFileCheck.DamagedDatabaseException.class);

        assertThat(log.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("timeline.mv.db is empty (0 bytes)")
                .contains("Restore timeline.mv.db from your last backup")
                .doesNotContain("\tat org.brtimeline");
    }

    @Test
    void a_file_that_is_not_an_h2_database_is_refused() throws IOException {
        Path file = Files.writeString(data.resolve("timeline.mv.db"), "<html>not a database</html>");

        assertThatThrownBy(() -> DatabaseFileCheck.check(file)).hasMessageEndingWith("is not an H2 database file.");
    }

    @Test
    void a_real_database_file_and_a_missing_one_are_accepted() throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("real"), "sa", "")) {
            connection.createStatement().execute("create table t (id int)");
        }

        DatabaseFileCheck.check(data.resolve("real.mv.db"));
        DatabaseFileCheck.check(data.resolve("missing.mv.db"));
    }
}
