package org.brtimeline.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes what has been committed durable before it is reported as done. H2 writes committed transactions to its file up
 * to half a second later (its {@code WRITE_DELAY}), so a process killed in that time loses them: a command that
 * printed "imported" for 609 articles had stored 595. On an H2 file this writes them out and forces them to disk
 * ({@code CHECKPOINT SYNC}); PostgreSQL makes every commit durable before the commit returns, and an in-memory database
 * has no disk: nothing to do.
 */
@Component
public class DurableCommits {

    private static final Logger LOG = LoggerFactory.getLogger(DurableCommits.class);

    private final DataSource database;
    private volatile Boolean onH2File;

    public DurableCommits(DataSource database) {
        this.database = database;
    }

    /** Returns once everything committed so far is on disk. */
    public void flush() {
        try (Connection connection = database.getConnection()) {
            if (onH2File == null) {
                String url = connection.getMetaData().getURL();
                onH2File = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
            }
            if (onH2File) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CHECKPOINT SYNC");
                }
            }
        } catch (SQLException e) {
            // Only an account without admin rights on H2 may not; what was committed is still written within 0.5 s.
            LOG.warn("Could not force the database's last commits to disk: {}", e.getMessage());
        }
    }
}
