package org.brtimeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar app.jar import-articles <folder>} as a user runs it: the whole application
 * started by the command itself (not a test context), on the database its arguments name.
 */
class ImportArticlesCommandLineTest {

    private static final String DATABASE = "jdbc:h2:mem:import-command-test;DB_CLOSE_DELAY=-1";

    @TempDir
    Path folder;

    @Test
    void the_command_starts_without_a_web_server_and_imports_the_folder_into_the_database_it_is_given() throws Exception {
        Files.writeString(folder.resolve("new.txt"), """
                ---
                slug: "command-line-test-article"
                title: "A test article for the command line"
                publisher: "Test Wire"
                url: null
                language: "en"
                published: "2021-05-24"
                publishedPrecision: "DAY"
                publishedNote: null
                ---
                MINSK -- A Ryanair flight was forced to land in Minsk on May 23.""");

        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
            exit = Application.importArticles(new String[] {folder.toString(), "--spring.datasource.url=" + DATABASE});
        } finally {
            System.setOut(original);
        }

        assertThat(console.toString(StandardCharsets.UTF_8)).contains("1 imported, 0 skipped, 0 failed");
        assertThat(exit).isZero();
        try (Connection db = DriverManager.getConnection(DATABASE, "sa", "");
             ResultSet found = db.createStatement().executeQuery("select title from article where slug = 'command-line-test-article'")) {
            assertThat(found.next()).isTrue();
            assertThat(found.getString(1)).isEqualTo("A test article for the command line");
        }
    }

    @Test
    void without_a_folder_the_command_says_how_to_use_it() {
        assertThat(Application.importArticles(new String[] {"--spring.main.banner-mode=off"})).isEqualTo(2);
    }
}
