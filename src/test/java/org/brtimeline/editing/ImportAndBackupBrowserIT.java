package org.brtimeline.editing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.brtimeline.BrowserSession;
import org.brtimeline.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The import page and the backup page in a real browser, against the production bundle: an editor uploads a CSV and
 * sees the drafts it became; an admin downloads a backup and restores it over the database with "replace everything".
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:browser-import-backup;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class ImportAndBackupBrowserIT {

    private static BrowserSession session;

    @LocalServerPort
    int port;

    @Autowired
    org.springframework.context.ApplicationContext application;

    @TempDir
    Path folder;

    @BeforeAll
    static void startBrowser() {
        session = BrowserSession.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void an_editor_uploads_a_csv_on_the_import_page_and_sees_the_drafts_it_became() throws Exception {
        EditorBrowser editors = new EditorBrowser(session, application, port);
        Page page = editors.loggedIn("import-editor");
        page.navigate(editors.url("/editor/events/import"));
        assertThat(page.locator("h2")).containsText("Import events");
        Path file = folder.resolve("events.csv");
        Files.writeString(file, "title,start,precision,category\nImported in the browser,2021-03-01,month,economy\n");

        page.locator("vaadin-upload input[type=file]").setInputFiles(file);

        assertThat(page.getByText("Imported 1 event as drafts (CSV)")).isVisible();
        assertThat(page.locator("a", new Page.LocatorOptions().setHasText("March 2021: Imported in the browser")))
                .isVisible();
    }

    @Test
    void an_admin_downloads_a_backup_and_restores_it_over_everything() throws Exception {
        EditorBrowser admins = new EditorBrowser(session, application, port);
        Page page = admins.loggedIn("backup-admin", Role.ADMIN);
        page.navigate(admins.url("/admin/backup"));
        assertThat(page.locator("h2")).containsText("Backup and restore");

        Download download = page.waitForDownload(
                () -> page.getByText("Download a backup with password hashes").click());
        Path backup = folder.resolve("backup.zip");
        download.saveAs(backup);
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            assertThat(zip.getEntry("manifest.json")).isNotNull();
        }
        assertThat(download.suggestedFilename()).matches("br-timeline-backup-\\d{4}-\\d{2}-\\d{2}\\.zip");

        page.locator("vaadin-upload input[type=file]").setInputFiles(backup);
        assertThat(page.getByText("Nothing restored: The database is not empty"))
                .isVisible();

        page.getByLabel("Replace everything in the database with the backup").check();
        assertThat(page.getByLabel("Replace everything in the database with the backup"))
                .isChecked();
        Path again = Files.copy(backup, folder.resolve("backup-again.zip"));
        page.locator("vaadin-upload input[type=file]").setInputFiles(again);
        assertThat(page.getByText("search index rebuilt.")).isVisible();
    }
}
