package org.brtimeline.editing.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brtimeline.base.ui.LimitedUpload;
import org.brtimeline.chronology.Category;
import org.brtimeline.export.EventImport;
import org.brtimeline.export.ImportReport;

/**
 * Imports events from a CSV file (our export's columns) or a TimelineJS JSON file as drafts, all or nothing, and
 * shows the report: the drafts stored, each linking to its editor page, or every rejection with its row or slide,
 * field and reason; and what was left out of the drafts (quotes and actors that do not resolve here).
 */
@Route("editor/events/import")
@PageTitle("Import events · Belarus–Russia timeline")
@RolesAllowed({"EDITOR", "ADMIN"})
public class EventImportView extends VerticalLayout {

    final ComboBox<Category> category = new ComboBox<>("Category for events the file gives none", Category.values());
    final Upload upload = new Upload();
    final Paragraph status = new Paragraph();
    final UnorderedList stored = new UnorderedList();
    final UnorderedList rejected = new UnorderedList();
    final UnorderedList notes = new UnorderedList();
    private final H3 notesHeading = new H3("Left out of the drafts");

    public EventImportView(EventImport importer) {
        upload.setAcceptedFileTypes(".csv", ".json", "text/csv", "application/json");
        LimitedUpload.limit(
                upload,
                importer.maxBytes(),
                bytes -> show(importer.importUpload(bytes, category.getValue())),
                reason -> {
                    clear();
                    status.setText("Refused, nothing imported: " + reason);
                });
        category.setItemLabelGenerator(Category::label);
        category.setClearButtonVisible(true);
        category.setHelperText("Optional: a TimelineJS slide without a group (or whose group is no category) or a"
                + " CSV row with an empty category gets this one; without it, such events are rejected.");
        category.setWidth("24em");
        notesHeading.setVisible(false);
        add(
                new H2("Import events"),
                new Paragraph("Upload a CSV file with the columns of this site's CSV export (title, start and category"
                        + " are required) or a TimelineJS JSON file (such as this site's TimelineJS export). Every"
                        + " event becomes a draft; if any row or slide is rejected, nothing is stored and the"
                        + " reasons are listed here. Quotes are cited when their article is here and holds their"
                        + " words; actors when they are known here."),
                category,
                upload,
                status,
                rejected,
                stored,
                notesHeading,
                notes);
    }

    private void show(ImportReport report) {
        clear();
        status.setText(report.summary());
        report.rejected().forEach(problem -> rejected.add(new ListItem(problem.toString())));
        for (ImportReport.Stored draft : report.stored()) {
            ListItem item = new ListItem(draft.where() + ": ");
            item.add(new Anchor("editor/events/" + draft.id(), draft.label() + ": " + draft.title()));
            stored.add(item);
        }
        report.notes().forEach(note -> notes.add(new ListItem(note.toString())));
        notesHeading.setVisible(!report.notes().isEmpty());
    }

    private void clear() {
        stored.removeAll();
        rejected.removeAll();
        notes.removeAll();
        notesHeading.setVisible(false);
    }
}
