package org.brtimeline.backup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.brtimeline.BrowserlessUi;
import org.brtimeline.WritingTest;
import org.brtimeline.backup.DatabaseBackup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The admins' backup page: a backup downloads with or without password hashes; a restore into this database, which has
 * data, is refused until "replace everything" is ticked, and then gives back the same content.
 */
@WritingTest
class BackupViewTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource database;

    private BackupView view;

    @BeforeEach
    void open() {
        BrowserlessUi.openAs(context, "admin-on-backup", "ADMIN");
        UI.getCurrent().navigate("admin/backup");
        view = _get(BackupView.class);
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.close();
    }

    /** The zip's entries by name. */
    private static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static List<JsonNode> accounts(Map<String, String> backup) throws IOException {
        List<JsonNode> accounts = new java.util.ArrayList<>();
        for (String line : backup.get("tables/app_user.jsonl").split("\n")) {
            accounts.add(JSON.readTree(line));
        }
        return accounts;
    }

    @Test
    void a_backup_downloads_without_password_hashes_unless_asked_for_them() throws Exception {
        Map<String, String> without = entries(DownloadKt._download(view.download));
        Map<String, String> with = entries(DownloadKt._download(view.downloadWithPasswords));

        assertThat(JSON.readTree(without.get("manifest.json"))
                        .get("withPasswords")
                        .asBoolean())
                .isFalse();
        assertThat(accounts(without))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.get("password_hash").isNull()).isTrue());
        assertThat(JSON.readTree(with.get("manifest.json")).get("withPasswords").asBoolean())
                .isTrue();
        assertThat(accounts(with))
                .allSatisfy(a -> assertThat(a.get("password_hash").asText()).startsWith("$2a$"));
    }

    @Test
    void a_restore_over_data_is_refused_until_replace_everything_is_ticked_and_then_gives_the_same_content()
            throws Exception {
        byte[] backup = DownloadKt._download(view.downloadWithPasswords);
        Map<String, List<String>> before = new DatabaseBackup(database).dump();
        // Derived, so not in the backup: the restore counts each article's published events again.
        String counted = "select article_id, published_events from article_event_count order by article_id";
        var countsBefore = new org.springframework.jdbc.core.JdbcTemplate(database).queryForList(counted);
        assertThat(countsBefore).isNotEmpty();

        UploadKt._upload(view.upload, "backup.zip", backup);

        assertThat(view.status.getText()).startsWith("Nothing restored: The database is not empty");
        assertThat(new DatabaseBackup(database).dump()).isEqualTo(before);

        view.replace.setValue(true);
        UploadKt._upload(view.upload, "backup.zip", backup);

        assertThat(view.status.getText()).startsWith("Restored: ").endsWith("; search index rebuilt.");
        assertThat(new DatabaseBackup(database).dump()).isEqualTo(before);
        assertThat(new org.springframework.jdbc.core.JdbcTemplate(database).queryForList(counted))
                .isEqualTo(countsBefore);
    }

    @Test
    void a_file_that_is_no_backup_restores_nothing_even_with_replace_ticked() {
        Map<String, List<String>> before = new DatabaseBackup(database).dump();
        view.replace.setValue(true);

        UploadKt._upload(view.upload, "notes.zip", "not a zip at all".getBytes(StandardCharsets.UTF_8));

        assertThat(view.status.getText()).startsWith("Nothing restored: Not a backup of this application");
        assertThat(new DatabaseBackup(database).dump()).isEqualTo(before);
    }
}
