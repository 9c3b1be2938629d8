package org.brtimeline.editing.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.shared.communication.PushMode;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.brtimeline.base.ui.LimitedUpload;
import org.brtimeline.corpus.ArticleBatchImport;
import org.brtimeline.corpus.ImportRefusedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Imports a zip of article files in the corpus format, showing progress file by file and what happened to each.
 * The import runs off the upload's request, which holds the session's lock, and each file's result is pushed to
 * the browser at once: push is on only while this panel is on show, so readers' pages open no push connection.
 */
class ZipImportPanel extends VerticalLayout {

    final Upload upload = new Upload();
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final UnorderedList results = new UnorderedList();
    private final ArticleBatchImport importer;

    /**
     * The import runs on Vaadin's executor, a thread without the editor's login: it is given the login of the upload's
     * request, which the services check ({@code securityContexts} is the application's holder of logins).
     */
    ZipImportPanel(ArticleBatchImport importer, SecurityContextHolderStrategy securityContexts) {
        this.importer = importer;
        setPadding(false);
        progress.setVisible(false);
        upload.setAcceptedFileTypes(".zip", "application/zip");
        // The zip itself is at most what it may unpack to. The callback runs with the session locked: the import
        // itself runs on Vaadin's executor.
        LimitedUpload.limit(
                upload,
                importer.limits().maxTotalBytes(),
                bytes -> getUI().ifPresent(ui -> {
                    var asTheEditor = new DelegatingSecurityContextRunnable(
                            () -> importZip(ui, bytes), securityContexts.getContext());
                    asTheEditor.setSecurityContextHolderStrategy(securityContexts);
                    ui.getSession().getService().getExecutor().execute(asTheEditor);
                }),
                reason -> status.setText("Refused, nothing imported: " + reason));
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

    /**
     * Runs on a thread of its own, where Vaadin does not see errors: an unexpected one goes to the session's error
     * handler (a message with a reference, the whole error in the log) and the status says the import stopped.
     */
    private void importZip(UI ui, byte[] zip) {
        try {
            importFiles(ui, zip);
        } catch (RuntimeException e) {
            ui.access(() -> {
                status.setText("The import stopped; the files listed here were done.");
                ui.getSession().getErrorHandler().error(new ErrorEvent(e));
            });
        }
    }

    private void importFiles(UI ui, byte[] zip) {
        List<ArticleBatchImport.NamedFile> files;
        try {
            files = importer.readZip(new ByteArrayInputStream(zip));
        } catch (ImportRefusedException e) {
            ui.access(() -> status.setText("Refused, nothing imported: " + e.getMessage()));
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
                    results.add(outcome(last));
                }));
        ui.access(() -> status.setText("Done: " + ArticleBatchImport.summary(outcomes)));
    }

    /** What happened to a file; an imported one links to the review of its dated sentences. */
    static ListItem outcome(ArticleBatchImport.Outcome outcome) {
        ListItem item =
                new ListItem(outcome.file() + ": " + outcome.result().name().toLowerCase() + " — ");
        if (outcome.slug() == null) {
            item.add(outcome.reason());
        } else {
            item.add(new Anchor("editor/review/" + outcome.slug(), "review its dated sentences"));
        }
        return item;
    }
}
