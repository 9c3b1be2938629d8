package org.brtimeline.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import javax.sql.DataSource;
import org.brtimeline.base.DataReplaced;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Backs up and restores this application's database ({@link DatabaseBackup}), for the {@code backup} and {@code
 * restore} commands (which run without a user) and for admins on the backup page. After a restore the features rebuild
 * what they keep ({@link DataReplaced}): the search index, answers kept between edits.
 */
@Service
public class BackupService {

    private static final String ADMINS = "hasRole('ADMIN')";

    private final DataSource database;
    private final Flyway flyway;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long maxUploadBytes;

    BackupService(
            DataSource database,
            Flyway flyway,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${app.import.max-total-bytes:50000000}") long maxUploadBytes) {
        this.database = database;
        this.flyway = flyway;
        this.events = events;
        this.clock = clock;
        this.maxUploadBytes = maxUploadBytes;
    }

    /** The version of the database's schema, which a backup records and a restore requires. */
    public String schemaVersion() {
        return flyway.info().current().getVersion().getVersion();
    }

    /** Writes the whole database to {@code to}; password hashes only when asked. Returns the rows per table. */
    @PreAuthorize(org.brtimeline.base.Access.ADMINS_OR_SYSTEM)
    public Map<String, Long> write(OutputStream to, boolean withPasswords) throws IOException {
        return new DatabaseBackup(database).write(to, schemaVersion(), withPasswords, clock.instant());
    }

    /**
     * Restores a backup: into an empty database unless {@code replace}, in one transaction (a refused or failed restore
     * changes nothing), then has the search index rebuilt and kept answers dropped. Returns the rows per table.
     */
    @PreAuthorize(org.brtimeline.base.Access.ADMINS_OR_SYSTEM)
    public Map<String, Long> restore(InputStreamSource from, boolean replace) throws IOException {
        Map<String, Long> rows = new DatabaseBackup(database).restore(from, schemaVersion(), replace);
        events.publishEvent(new DataReplaced());
        return rows;
    }

    /** An admin's download from the backup page. */
    @PreAuthorize(ADMINS)
    public Map<String, Long> download(OutputStream to, boolean withPasswords) throws IOException {
        return write(to, withPasswords);
    }

    /** An admin's upload to the backup page. */
    @PreAuthorize(ADMINS)
    public Map<String, Long> upload(InputStreamSource from, boolean replace) throws IOException {
        return restore(from, replace);
    }

    /** The largest backup the page accepts: {@code app.import.max-total-bytes}; larger ones go through the command. */
    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /** A file name for a backup made today: {@code br-timeline-backup-2026-11-30.zip}. */
    public String fileName() {
        return "br-timeline-backup-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".zip";
    }

    /** "5 articles, 40 events, …, 2 accounts". */
    public static String summary(Map<String, Long> rows) {
        return rows.get("article") + " articles, " + rows.get("event") + " events, " + rows.get("evidence")
                + " pieces of evidence, " + rows.get("actor") + " actors, " + rows.get("revision") + " revisions, "
                + rows.get("app_user") + " accounts";
    }
}
