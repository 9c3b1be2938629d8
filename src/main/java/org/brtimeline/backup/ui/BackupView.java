package org.brtimeline.backup.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.util.Map;
import org.brtimeline.backup.BackupException;
import org.brtimeline.backup.BackupService;
import org.brtimeline.base.ui.LimitedUpload;
import org.springframework.core.io.ByteArrayResource;

/**
 * Admins download a backup of the whole database (with or without password hashes) and restore one: into an empty
 * database, or over everything when "replace everything" is ticked; a refused restore changes nothing.
 */
@Route("admin/backup")
@PageTitle("Backup and restore · Belarus–Russia timeline")
@RolesAllowed("ADMIN")
public class BackupView extends VerticalLayout {

    final Anchor download;
    final Anchor downloadWithPasswords;
    final Checkbox replace = new Checkbox("Replace everything in the database with the backup");
    final Upload upload = new Upload();
    final Paragraph status = new Paragraph();
    private final BackupService backups;

    public BackupView(BackupService backups) {
        this.backups = backups;
        download = new Anchor(backup(false), "Download a backup (without password hashes)");
        downloadWithPasswords = new Anchor(backup(true), "Download a backup with password hashes");
        upload.setAcceptedFileTypes(".zip", "application/zip");
        LimitedUpload.limit(upload, backups.maxUploadBytes(), this::restore, reason -> {
            upload.clearFileList();
            status.setText("Refused, nothing restored: " + reason);
        });
        add(
                new H2("Backup and restore"),
                new Paragraph("A backup is one zip with every article, event, piece of evidence, actor, revision and"
                        + " account. Without password hashes, restored accounts cannot log in until their passwords"
                        + " are reset (reset-password on the server); a file with them must be kept as safe as the"
                        + " database."),
                download,
                downloadWithPasswords,
                new H3("Restore"),
                new Paragraph("A backup goes into an empty database only, unless you tick \"Replace everything\":"
                        + " then everything here, accounts included, becomes what the backup holds (your own"
                        + " session ends if your account is not in it). Backups larger than the limit go through"
                        + " the restore command."),
                replace,
                upload,
                status);
    }

    private DownloadHandler backup(boolean withPasswords) {
        return event -> {
            event.setFileName(backups.fileName());
            event.setContentType("application/zip");
            backups.download(event.getOutputStream(), withPasswords);
        };
    }

    private void restore(byte[] file) {
        // Ready for the next file: after "the database is not empty" the admin ticks the box and uploads again.
        upload.clearFileList();
        try {
            Map<String, Long> rows = backups.upload(new ByteArrayResource(file), replace.getValue());
            status.setText("Restored: " + BackupService.summary(rows) + "; search index rebuilt.");
        } catch (BackupException e) {
            status.setText("Nothing restored: " + e.getMessage());
        } catch (IOException e) {
            status.setText("Nothing restored: the file could not be read (" + e.getMessage() + ")");
        }
    }
}
