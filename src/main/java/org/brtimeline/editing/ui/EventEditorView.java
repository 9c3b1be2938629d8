package org.brtimeline.editing.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.brtimeline.chronology.ActorKind;
import org.brtimeline.chronology.ChronologyEditor;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventDraft;
import org.brtimeline.chronology.EventRevision;
import org.brtimeline.review.CandidateDecisions;
import org.brtimeline.review.ReviewService;

/**
 * Create or edit one event: the form, its evidence, merging, deleting with confirmation, and its
 * history. Leaving, or restoring a revision, with unsaved changes asks first; a merged or deleted event is shown read-only.
 * The writes themselves, each checking the version the editor saw, are {@link EventEdits}'.
 */
@Route("editor/events/:id?")
@PageTitle("Edit event · Belarus–Russia timeline")
@RolesAllowed({"EDITOR", "ADMIN"})
public class EventEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    final H2 heading = new H2();
    final EventStatusNotice status;
    final Paragraph pendingQuote = new Paragraph();
    final EventForm form = new EventForm();
    final EvidenceList evidence;
    final MergePanel merge;
    final HistoryPanel history;
    private final ChronologyEditor editor;
    private final ChronologyService chronology;
    private final NewEventStart start;
    private final EventEdits edits;
    private String cameFrom = "";

    public EventEditorView(
            ChronologyEditor editor, ChronologyService chronology, ReviewService review, CandidateDecisions decisions) {
        this.editor = editor;
        this.chronology = chronology;
        this.start = new NewEventStart(editor, review, decisions);
        this.edits = new EventEdits(editor, this);
        this.status = new EventStatusNotice(edits::undelete);
        this.evidence = new EvidenceList(edits::removeEvidence);
        this.history = new HistoryPanel(this::restore);
        this.merge = new MergePanel(chronology, edits::mergeIn);
        form.addListener(EventFormEvent.Save.class, e -> save(e.draft()));
        form.addListener(EventFormEvent.Delete.class, e -> confirmDelete());
        form.addListener(EventFormEvent.Close.class, e -> getUI().ifPresent(ui -> ui.navigate(cameFrom)));
        // a known actor's other spelling ("Makey") selects that actor; only a new name asks to add one
        form.addListener(
                EventFormEvent.NewActor.class,
                e -> chronology
                        .actorCalled(e.name())
                        .ifPresentOrElse(form::selectActor, () -> new NewActorDialog(e.name(), this::addActor).open()));
        add(heading, status, pendingQuote, form, evidence, merge, history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String previous = event.getUI().getInternals().getActiveViewLocation().getPath();
        if (!previous.startsWith("editor/events")) {
            cameFrom = previous;
        }
        form.setActorChoices(chronology.actors(), chronology.actorSpellings());
        String id = event.getRouteParameters().get("id").orElse("new");
        if ("new".equals(id)) {
            start.read(event.getLocation().getQueryParameters());
            show(null);
            start.proposed().ifPresent(proposed -> form.setDraft(proposed, 1));
            return;
        }
        try {
            show(editor.find(Long.parseLong(id)));
        } catch (IllegalArgumentException e) {
            show(null);
            Notices.warning("There is no event " + id + "; you can create a new one here.");
        }
    }

    /**
     * Leaving with unsaved changes (a link, the menu, Cancel, the browser's back button) asks first. Staying cancels the
     * postponed navigation: left pending, the router ignored every later link and menu item on the page.
     */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!form.isDirty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        DiscardQuestion.ask(
                "Leave without saving?",
                "Your changes to this event are not saved. If you leave now, they are lost.",
                "Leave without saving",
                "Stay on the form",
                leave::proceed,
                leave::cancel);
    }

    /** Restoring a revision replaces the form's values: over unsaved changes, it asks first. */
    private void restore(EventRevision revision) {
        if (!form.isDirty()) {
            edits.restore(revision);
            return;
        }
        DiscardQuestion.ask(
                "Restore revision " + revision.number() + " without saving?",
                "Your changes to this event are not saved. Restoring revision " + revision.number()
                        + " replaces them with that revision's values.",
                "Restore without saving",
                "Keep my changes",
                () -> edits.restore(revision));
    }

    /** Shows an event as stored (or an empty form for a new one), read-only when it is merged or deleted. */
    void show(EventDetails event) {
        boolean editable = event == null || event.status().allowsEdits();
        edits.load(event);
        pendingQuote.setText(start.quote().orElse(""));
        pendingQuote.setVisible(event == null && start.quote().isPresent());
        heading.setText(event == null ? "New event" : (editable ? "Edit: " : "Event: ") + event.title());
        status.show(event, event == null ? null : survivorOf(event));
        int evidenceCount =
                event == null ? start.evidence().size() : event.evidence().size();
        form.setDraft(event == null ? new EventDraft() : EventDraft.of(event), evidenceCount);
        form.setReadOnly(!editable);
        form.setDeletable(event != null && editable);
        evidence.setVisible(event != null);
        merge.setVisible(event != null && editable);
        history.setVisible(event != null);
        if (event != null) {
            evidence.show(event, editable);
            merge.mergeInto(event.id());
            history.show(editor.history(event.id()), editable);
        }
    }

    /** The stored event changed by a write that did not touch the form's fields, or merged with them. */
    void showUnsaved(EventDetails event, EventDraft values) {
        form.setUnsaved(values);
        form.setEvidenceCount(event.evidence().size());
        evidence.show(event, true);
        history.show(editor.history(event.id()), true);
    }

    private EventDetails survivorOf(EventDetails event) {
        return chronology.mergedInto(event.id()).map(editor::find).orElse(null);
    }

    private void save(EventDraft draft) {
        if (edits.loaded() != null) {
            edits.save(draft);
            return;
        }
        edits.create(() -> start.create(draft)).ifPresent(created -> {
            start.saved();
            show(created);
            getUI().ifPresent(ui -> ui.navigate("editor/events/" + created.id()));
        });
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog(
                "Delete “" + edits.loaded().title() + "”?",
                "Readers will no longer see it. Editors can restore it from the list of deleted events, with its history.",
                "Delete",
                e -> {
                    if (edits.delete()) {
                        getUI().ifPresent(ui -> ui.navigate(DeletedEventsView.class));
                    }
                },
                "Cancel",
                e -> {});
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void addActor(String name, ActorKind kind) {
        EventDetails.ActorRef actor = editor.addActor(name, kind, List.of());
        form.selectNewActor(actor, chronology.actors(), chronology.actorSpellings());
    }
}
