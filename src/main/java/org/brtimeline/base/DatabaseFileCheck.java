package org.brtimeline.base;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start on an embedded H2 database file that exists but is empty or not an H2 file (a full disk, a copy
 * cut short): H2 would take it for a fresh install and the application would create a new admin and import the corpus
 * over the lost data. Spring Boot reports the refusal with what to do, without a stack trace ({@link Report}).
 */
public class DatabaseFileCheck implements EnvironmentPostProcessor {

    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url;
        try {
            url = environment.getProperty("spring.datasource.url", "");
        } catch (IllegalArgumentException notYetKnown) {
            // The URL names a value that is not there yet (such as the postgres profile's ${DB_URL} given by a test
            // after this check): it is no H2 file named in the configuration.
            return;
        }
        if (!url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:h2:tcp:")) {
            return;
        }
        String path =
                url.substring("jdbc:h2:".length()).replaceFirst("^file:", "").replaceFirst(";.*", "");
        check(Path.of(path.replaceFirst("^~", System.getProperty("user.home")) + ".mv.db"));
    }

    static void check(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(H2_HEADER.length);
            if (start.length == 0) {
                throw new DamagedDatabaseException(file, "is empty (0 bytes)");
            }
            if (!Arrays.equals(start, H2_HEADER)) {
                throw new DamagedDatabaseException(file, "is not an H2 database file");
            }
        } catch (IOException e) {
            throw new DamagedDatabaseException(file, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The database file is there but unusable; starting would look like a first start and hide the loss. */
    public static class DamagedDatabaseException extends RuntimeException {

        final transient Path file;

        DamagedDatabaseException(Path file, String problem) {
            super("The database file " + file.toAbsolutePath() + " " + problem + ".");
            this.file = file;
        }
    }

    /** What Spring Boot prints instead of a stack trace when the check refuses. */
    public static class Report extends AbstractFailureAnalyzer<DamagedDatabaseException> {

        @Override
        protected FailureAnalysis analyze(Throwable root, DamagedDatabaseException cause) {
            return new FailureAnalysis(
                    cause.getMessage() + " The application does not start on it, so that it neither creates a new"
                            + " admin nor imports the corpus over your data.",
                    "Restore " + cause.file.getFileName() + " from your last backup (README, \"Operating\"); or, to"
                            + " start afresh on purpose, move it away and start again.",
                    cause);
        }
    }
}
