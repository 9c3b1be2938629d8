package org.brtimeline.editing.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.communication.PushMode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.brtimeline.corpus.ArticleBatchImport;
import org.brtimeline.source.TextFiles;

/**
 * Imports a zip of article files in the corpus format, showing progress file by file and what happened to each.
 * The import runs off the upload's request, which holds the session's lock, and each file's result is pushed to
 * the browser at once: push is on only while this panel is on show, so readers' pages open no push connection.
 */
class ZipImportPanel extends VerticalLayout {

    private static final int MAX_ZIP_BYTES = 50_000_000;

    final Upload upload = new Upload();
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final UnorderedList results = new UnorderedList();
    private final ArticleBatchImport importer;

    ZipImportPanel(ArticleBatchImport importer) {
        this.importer = importer;
        setPadding(false);
        progress.setVisible(false);
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setMaxFileSize(MAX_ZIP_BYTES);
        // The handler runs inside ui.access (the session locked): the import itself runs on Vaadin's executor.
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(
                        ui -> ui.getSession().getService().getExecutor().execute(() -> importZip(ui, bytes)))));
        add(new H3("Or import a zip of article files in the corpus format"), upload, progress, status, results);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().getPushConfiguration().setPushMode(PushMode.DISABLED);
    }

    private void importZip(UI ui, byte[] zip) {
        List<ArticleBatchImport.NamedFile> files;
        try {
            files = entries(zip);
        } catch (IOException | IllegalArgumentException e) {
            ui.access(() -> status.setText("This is not a readable zip file: " + e.getMessage()));
            return;
        }
        ui.access(() -> {
            results.removeAll();
            progress.setVisible(true);
            progress.setValue(0);
        });
        List<ArticleBatchImport.Outcome> outcomes = importer.importAll(
                files,
                (finished, total, last) -> ui.access(() -> {
                    progress.setValue((double) finished / total);
                    status.setText("Imported " + finished + " of " + total + " files…");
                    results.add(new ListItem(
                            last.file() + ": " + last.result().name().toLowerCase() + " — " + last.reason()));
                }));
        ui.access(() -> status.setText("Done: " + ArticleBatchImport.summary(outcomes)));
    }

    private static List<ArticleBatchImport.NamedFile> entries(byte[] zip) throws IOException {
        List<ArticleBatchImport.NamedFile> files = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                if (!entry.isDirectory() && (name.endsWith(".txt") || name.endsWith(".md"))) {
                    byte[] bytes = in.readNBytes(TextFiles.MAX_BYTES + 1);
                    files.add(new ArticleBatchImport.NamedFile(name, bytes));
                }
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("it holds no .txt or .md files");
        }
        return files;
    }
}
