package org.brtimeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.brtimeline.bench.PackagedApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-articles} killed (SIGKILL, as the OOM killer or a pulled plug of a container does) in the middle of a
 * folder, on an H2 file: every article it reported as imported is stored, each with its review candidates; and an
 * article stored without them (as an earlier version could leave one) gets them at the next start.
 */
class KilledImportIT {

    private static final int FILES = 300;
    private static final int KILL_AFTER = 40;
    private static final Pattern IMPORTED = Pattern.compile("^imported: .*/editor/review/(killed-import-\\d+)$");

    @TempDir
    Path folder;

    @Test
    void
            what_the_command_reported_as_imported_survives_a_sigkill_with_its_candidates_and_a_start_proposes_missing_ones()
                    throws Exception {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        writeCopiesOfTheCorpusArticles(articles);
        String database = "jdbc:h2:file:" + folder.resolve("timeline") + ";DB_CLOSE_ON_EXIT=FALSE";

        Process command = PackagedApp.importArticlesFast(articles, database);
        List<String> reported = new ArrayList<>();
        List<String> output = new ArrayList<>();
        long started = System.nanoTime();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(command.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                Matcher imported = IMPORTED.matcher(line);
                if (imported.find()) {
                    if (reported.isEmpty()) {
                        System.out.printf("first reported %.1f s since launch%n", (System.nanoTime() - started) / 1e9);
                    }
                    reported.add(imported.group(1));
                    if (reported.size() == KILL_AFTER) {
                        System.out.printf(
                                "%d reported in %.1f s since launch; SIGKILL%n",
                                KILL_AFTER, (System.nanoTime() - started) / 1e9);
                        // The handle's, not the process's: that one would also close the output still to read.
                        command.toHandle().destroyForcibly();
                    }
                }
            }
        }
        assertThat(command.waitFor(30, TimeUnit.SECONDS)).isTrue();
        // Lines already in the pipe when it died were reported too.
        assertThat(reported).as(String.join("\n", output)).hasSizeGreaterThanOrEqualTo(KILL_AFTER);
        assertThat(output).as("killed before its summary").noneMatch(line -> line.matches("\\d+ imported, .*"));

        Map<String, Integer> stored = candidatesPerStoredArticle(database);
        System.out.printf("reported %d, stored %d%n", reported.size(), stored.size());
        assertThat(stored.keySet()).as("stored articles").containsAll(reported);
        assertThat(stored)
                .as("candidates per stored article")
                .allSatisfy(
                        (slug, candidates) -> assertThat(candidates).as(slug).isPositive());

        // An article stored without its candidates, as an earlier version could leave one: the next start proposes
        // them.
        String withoutCandidates = reported.get(reported.size() - 1);
        try (Connection db = DriverManager.getConnection(database, "sa", "");
                Statement statement = db.createStatement()) {
            statement.executeUpdate(
                    "delete from date_candidate where article_id = (select id from article where slug = '"
                            + withoutCandidates + "')");
            statement.executeUpdate(
                    "update article set candidates_pending = true where slug = '" + withoutCandidates + "'");
        }
        Path empty = Files.createDirectories(folder.resolve("nothing-new"));
        Process start = PackagedApp.importArticlesFast(empty, database);
        String log = new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(start.waitFor(3, TimeUnit.MINUTES)).isTrue();

        assertThat(log).contains("of 1 articles stored without them", "0 imported, 0 skipped, 0 failed");
        assertThat(candidatesPerStoredArticle(database).get(withoutCandidates))
                .isEqualTo(stored.get(withoutCandidates));
    }

    /**
     * The corpus's own articles, each copied under a new slug, with a line that makes each copy's text its own (and
     * without the checksum of the original's text).
     */
    private static void writeCopiesOfTheCorpusArticles(Path into) throws IOException {
        List<String> texts;
        try (Stream<Path> files = Files.list(Path.of("corpus", "articles"))) {
            texts = files.sorted().map(KilledImportIT::read).toList();
        }
        for (int i = 0; i < FILES; i++) {
            String copy = texts.get(i % texts.size())
                            .replaceFirst("(?m)^slug: .*$", "slug: \"killed-import-" + i + "\"")
                            .replaceFirst("(?m)^sha256: .*\\R", "")
                    + "\n\nCopy " + i + " of this report, for the killed import test.\n";
            Files.writeString(into.resolve(String.format("copy-%03d.txt", i)), copy);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The test's articles stored in the database, with the number of review candidates of each. */
    private static Map<String, Integer> candidatesPerStoredArticle(String database) throws Exception {
        Map<String, Integer> stored = new HashMap<>();
        try (Connection db = DriverManager.getConnection(database, "sa", "");
                ResultSet rows = db.createStatement().executeQuery("""
                                select a.slug, (select count(*) from date_candidate c where c.article_id = a.id)
                                from article a where a.slug like 'killed-import-%'""")) {
            while (rows.next()) {
                stored.put(rows.getString(1), rows.getInt(2));
            }
        }
        return stored;
    }
}
