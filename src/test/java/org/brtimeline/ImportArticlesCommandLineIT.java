package org.brtimeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * {@code java -jar app.jar import-articles <folder>} as a user runs it: the whole application
 * started by the command itself (not a test context), on the database its arguments name.
 */
class ImportArticlesCommandLineIT {

    private static final String DATABASE = "jdbc:h2:mem:import-command-test;DB_CLOSE_DELAY=-1";

    @TempDir
    Path folder;

    @Test
    void the_command_opens_no_port_and_imports_the_folder_into_the_database_it_is_given_while_its_ports_are_taken()
            throws Exception {
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
        int exit;
        // A server already running on the default ports (or anything else holding them) must not stop the command:
        // neither the web server's nor the management server's.
        try (ServerSocket taken = occupy(8080);
                ServerSocket management = occupy(8081)) {
            exit = runCommand(
                    console,
                    folder.toString(),
                    "--spring.datasource.url=" + DATABASE,
                    "--server.port=8080",
                    "--management.server.port=8081",
                    // The index of this throwaway database lives in memory, not in the project's data/index.
                    "--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap");
        }

        assertThat(console.toString(StandardCharsets.UTF_8)).contains("1 imported, 0 skipped, 0 failed");
        assertThat(exit).isZero();
        try (Connection db = DriverManager.getConnection(DATABASE, "sa", "");
                ResultSet found = db.createStatement()
                        .executeQuery("select title from article where slug = 'command-line-test-article'")) {
            assertThat(found.next()).isTrue();
            assertThat(found.getString(1)).isEqualTo("A test article for the command line");
        }
        // Nobody logs in to a command: it imports, and proposes the article's dated sentences, as the system.
        try (Connection db = DriverManager.getConnection(DATABASE, "sa", "");
                ResultSet proposed = db.createStatement()
                        .executeQuery("select count(*) from date_candidate c join article a on a.id = c.article_id"
                                + " where a.slug = 'command-line-test-article'")) {
            assertThat(proposed.next()).isTrue();
            assertThat(proposed.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void without_a_folder_the_command_says_how_to_use_it() {
        assertThat(runCommand(new ByteArrayOutputStream(), "--spring.main.banner-mode=off"))
                .isEqualTo(2);
    }

    /** Holds the port for the test; when something else holds it already, the condition is the same. */
    private static ServerSocket occupy(int port) throws IOException {
        try {
            return new ServerSocket(port);
        } catch (BindException alreadyTaken) {
            return new ServerSocket(0);
        }
    }

    /**
     * Runs the command in this JVM. A user runs it in a process of its own; here the application it
     * starts would leave its security-context strategy installed globally for the other tests'
     * applications, so the previous one is put back.
     */
    private static int runCommand(ByteArrayOutputStream console, String... arguments) {
        PrintStream originalOut = System.out;
        SecurityContextHolderStrategy originalStrategy = SecurityContextHolder.getContextHolderStrategy();
        try {
            System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
            return Application.importArticles(arguments);
        } finally {
            System.setOut(originalOut);
            SecurityContextHolder.setContextHolderStrategy(originalStrategy);
        }
    }
}
