package org.brtimeline.editing.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brtimeline.base.InvalidValueException;
import org.brtimeline.chronology.ActorKind;
import org.brtimeline.chronology.ChronologyEditor;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EditConflictException;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventDraft;
import org.brtimeline.chronology.SelectedPassage;
import org.brtimeline.review.CandidateDraft;
import org.brtimeline.review.ReviewService;

/** Create or edit one event: the form, its evidence, merging, deleting with confirmation, and its history. */
@Route("editor/events/:id?")
@PageTitle("Edit event · Belarus–Russia timeline")
@RolesAllowed({"EDITOR", "ADMIN"})
public class EventEditorView extends VerticalLayout implements BeforeEnterObserver {

    final H2 heading = new H2();
    final EventForm form = new EventForm();
    final EvidenceList evidence;
    final HistoryPanel history;
    final MergePanel merge;
    private final ChronologyEditor editor;
    private final ChronologyService chronology;
    private EventDetails loaded;
    private SelectedPassage pending;
    private Long candidate;
    private final ReviewService extraction;
    final com.vaadin.flow.component.html.Paragraph pendingQuote = new com.vaadin.flow.component.html.Paragraph();

    public EventEditorView(ChronologyEditor editor, ChronologyService chronology, ReviewService extraction) {
        this.editor = editor;
        this.extraction = extraction;
        this.chronology = chronology;
        this.evidence = new EvidenceList(this::removeEvidence);
        this.history = new HistoryPanel(this::restore);
        this.merge = new MergePanel(chronology, this::mergeIn);
        form.addListener(EventForm.SaveEvent.class, e -> save(e.draft()));
        form.addListener(EventForm.DeleteEvent.class, e -> confirmDelete());
        form.addListener(EventForm.CloseEvent.class, e -> getUI().ifPresent(ui -> ui.navigate("")));
        form.addListener(EventForm.NewActorEvent.class, e -> new NewActorDialog(e.name(), this::addActor).open());
        add(heading, pendingQuote, form, evidence, merge, history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setActorChoices(chronology.actors());
        String id = event.getRouteParameters().get("id").orElse("new");
        candidate = null;
        if ("new".equals(id)) {
            pending = selectedPassage(event.getLocation().getQueryParameters());
            show(null);
            fromCandidate(event.getLocation().getQueryParameters());
            return;
        }
        pending = null;
        try {
            show(editor.find(Long.parseLong(id)));
        } catch (IllegalArgumentException e) {
            show(null);
            Notification.show("There is no event " + id + "; you can create a new one here.");
        }
    }

    /** A new event may start from a passage selected in the reader: {@code ?article=slug&start=…&end=…}. */
    private SelectedPassage selectedPassage(com.vaadin.flow.router.QueryParameters parameters) {
        try {
            var p = parameters.getParameters();
            if (!p.containsKey("article")) {
                return null;
            }
            SelectedPassage passage = new SelectedPassage(
                    p.get("article").get(0),
                    Integer.parseInt(p.get("start").get(0)),
                    Integer.parseInt(p.get("end").get(0)));
            pendingQuote.setText("Evidence to attach: “" + editor.quoteOf(passage) + "”");
            return passage;
        } catch (RuntimeException e) {
            pendingQuote.setText("The selected passage could not be found in the article; select it again.");
            return null;
        }
    }

    /** A new event may start from a proposed dated sentence: {@code ?candidate=ID}. */
    private void fromCandidate(com.vaadin.flow.router.QueryParameters parameters) {
        parameters.getSingleParameter("candidate").ifPresent(value -> {
            try {
                CandidateDraft proposed = extraction.draftFor(Long.parseLong(value));
                candidate = Long.parseLong(value);
                pending = proposed.evidence();
                pendingQuote.setText("Evidence to attach: “" + editor.quoteOf(pending) + "”");
                pendingQuote.setVisible(true);
                form.setDraft(proposed.draft(), 1);
            } catch (IllegalArgumentException e) {
                Notification.show("There is no such proposed sentence; fill in the form instead.");
            }
        });
    }

    private void show(EventDetails event) {
        loaded = event;
        pendingQuote.setVisible(event == null && pending != null);
        heading.setText(event == null ? "New event" : "Edit: " + event.title());
        int evidenceCount =
                event == null ? (pending == null ? 0 : 1) : event.evidence().size();
        form.setDraft(event == null ? new EventDraft() : EventDraft.of(event), evidenceCount);
        form.setDeletable(event != null);
        evidence.setVisible(event != null);
        merge.setVisible(event != null);
        if (event != null) {
            merge.mergeInto(event.id());
        }
        history.setVisible(event != null);
        if (event != null) {
            evidence.show(event);
            history.show(editor.history(event.id()));
        }
    }

    private void save(EventDraft draft) {
        try {
            EventDetails saved = loaded == null
                    ? editor.create(draft, pending == null ? java.util.List.of() : java.util.List.of(pending))
                    : editor.update(loaded.id(), loaded.version(), draft);
            pending = null;
            if (candidate != null) {
                extraction.accepted(candidate, saved.id());
                candidate = null;
            }
            Notification.show("Saved “" + saved.title() + "”").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (loaded == null) {
                getUI().ifPresent(ui -> ui.navigate("editor/events/" + saved.id()));
            } else {
                show(saved);
            }
        } catch (EditConflictException conflict) {
            new ConflictDialog(loaded, conflict.current(), () -> show(editor.find(loaded.id()))).open();
        } catch (IllegalArgumentException | IllegalStateException e) {
            form.showProblem(e);
        }
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog(
                "Delete “" + loaded.title() + "”?",
                "Readers will no longer see it. Editors can restore it from the list of deleted events, with its history.",
                "Delete",
                e -> delete(),
                "Cancel",
                e -> {});
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void delete() {
        try {
            editor.delete(loaded.id(), loaded.version());
            Notification.show("Deleted. It can be restored from Deleted events.");
            getUI().ifPresent(ui -> ui.navigate(DeletedEventsView.class));
        } catch (EditConflictException conflict) {
            new ConflictDialog(loaded, conflict.current(), () -> show(editor.find(loaded.id()))).open();
        }
    }

    private void removeEvidence(long evidenceId) {
        try {
            show(editor.removeEvidence(loaded.id(), loaded.version(), evidenceId));
        } catch (IllegalStateException | IllegalArgumentException e) {
            Notification.show(InvalidValueException.problemIn(e)).addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }

    private void restore(long revision) {
        show(editor.restore(loaded.id(), loaded.version(), revision));
        Notification.show("Restored revision " + revision + " (saved as a new revision)");
    }

    private void mergeIn(EventDetails other) {
        try {
            show(editor.merge(loaded.id(), loaded.version(), other.id(), other.version()));
            Notification.show("Merged: the other event now redirects here");
        } catch (EditConflictException e) {
            Notification.show("One of the two events was changed meanwhile; reload and pick again.");
        } catch (IllegalArgumentException e) {
            Notification.show(InvalidValueException.problemIn(e)).addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }

    private void addActor(String name, ActorKind kind) {
        EventDetails.ActorRef actor = editor.addActor(name, kind, java.util.List.of());
        form.selectNewActor(actor, chronology.actors());
    }
}
