package org.brtimeline.editing.ui;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.brtimeline.base.InvalidValueException;
import org.brtimeline.chronology.ChronologyEditor;
import org.brtimeline.chronology.DraftMerge;
import org.brtimeline.chronology.EditConflictException;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventDraft;
import org.brtimeline.chronology.EventRevision;
import org.brtimeline.chronology.EventStatus;

/**
 * The editor page's writes. Each passes the version of the event the editor saw. When another
 * editor saved in between, saving the form merges three ways against the version the form was
 * loaded with: their changes to other fields are kept and the save goes through; fields both
 * changed are put to the editor in a {@link ConflictDialog}. Writes that do not save the form
 * (evidence, a merge) keep the form's unsaved values.
 */
final class EventEdits {

    private final ChronologyEditor editor;
    private final EventEditorView view;
    private EventDetails loaded;
    private EventDraft base;

    EventEdits(ChronologyEditor editor, EventEditorView view) {
        this.editor = editor;
        this.view = view;
    }

    /** The event as the editor last saw it stored: its version is the one every write expects. */
    void load(EventDetails event) {
        loaded = event;
        base = event == null ? null : EventDraft.of(event);
    }

    EventDetails loaded() {
        return loaded;
    }

    /** Creates the event as {@code creation} does, or shows why it could not be created. */
    Optional<EventDetails> create(Supplier<EventDetails> creation) {
        try {
            EventDetails created = creation.get();
            Notices.success("Saved “" + created.title() + "” ("
                    + created.status().label().toLowerCase() + ")");
            return Optional.of(created);
        } catch (IllegalArgumentException | IllegalStateException e) {
            view.form.showProblem(e);
            return Optional.empty();
        }
    }

    void save(EventDraft draft) {
        save(draft, "");
    }

    private void save(EventDraft draft, String together) {
        try {
            EventDetails saved = editor.update(loaded.id(), loaded.version(), draft);
            view.show(saved);
            Notices.success("Saved “" + saved.title() + "”" + together);
        } catch (EditConflictException conflict) {
            mergeWith(draft, conflict.current());
        } catch (IllegalArgumentException | IllegalStateException e) {
            view.form.showProblem(e);
        }
    }

    private void mergeWith(EventDraft mine, EventDetails theirs) {
        if (!theirs.status().allowsEdits()) {
            view.show(theirs);
            Notices.warning("Not saved: another editor "
                    + (theirs.status() == EventStatus.MERGED ? "merged" : "deleted") + " this event meanwhile.");
            return;
        }
        List<EventRevision> revisions = editor.history(theirs.id());
        EventRevision last = revisions.get(revisions.size() - 1);
        DraftMerge merge = DraftMerge.of(base, mine, EventDraft.of(theirs));
        load(theirs);
        view.showUnsaved(theirs, merge.merged());
        if (merge.conflicts().isEmpty()) {
            save(
                    merge.merged(),
                    merge.takenFromTheirs().isEmpty()
                            ? ""
                            : ", merged with " + last.username() + "'s changes to "
                                    + merge.takenFromTheirs().stream()
                                            .map(DraftMerge.Field::label)
                                            .collect(Collectors.joining(", ")));
            return;
        }
        new ConflictDialog(merge, last, new ConflictDialog.Choices() {
                    @Override
                    public void save(Set<DraftMerge.Field> theirsWins) {
                        EventEdits.this.save(merge.resolved(theirsWins), ", with the values you chose");
                    }

                    @Override
                    public void keepForm() {
                        Notices.info("Your values are kept in the form, with their other changes; Save when ready.");
                    }

                    @Override
                    public void reload() {
                        view.show(loaded);
                    }
                })
                .open();
    }

    void removeEvidence(EventDetails.EvidenceDetails removed) {
        write(() -> editor.removeEvidence(loaded.id(), loaded.version(), removed.id()))
                .ifPresent(now -> Notices.withAction(
                        "Evidence removed: “" + removed.quote() + "”", "Undo", () -> citeAgain(removed)));
    }

    private void citeAgain(EventDetails.EvidenceDetails removed) {
        write(() -> editor.addEvidence(
                        loaded.id(),
                        loaded.version(),
                        removed.articleSlug(),
                        removed.startOffset(),
                        removed.endOffset()))
                .ifPresent(now -> Notices.success("The evidence is back"));
    }

    void mergeIn(EventDetails other) {
        write(() -> editor.merge(loaded.id(), loaded.version(), other.id(), other.version()))
                .ifPresent(now -> Notices.success(
                        "Merged “" + other.title() + "” into this event; its permalink now leads here"));
    }

    void restore(EventRevision revision) {
        try {
            view.show(editor.restore(loaded.id(), loaded.version(), revision.revision()));
            Notices.success("Restored revision " + revision.number() + " (saved as a new revision)");
        } catch (EditConflictException conflict) {
            view.show(editor.find(loaded.id()));
            Notices.warning("Not restored: another editor saved this event meanwhile. Their version is shown now.");
        }
    }

    void undelete() {
        try {
            view.show(editor.undelete(loaded.id(), loaded.version()));
            Notices.success("Restored as a draft");
        } catch (EditConflictException | IllegalArgumentException e) {
            view.show(editor.find(loaded.id()));
            Notices.warning("Not restored: another editor changed this event meanwhile. It is shown as it is now.");
        }
    }

    /** Deletes the event unless someone saved it meanwhile; says whether it did. */
    boolean delete() {
        try {
            editor.delete(loaded.id(), loaded.version());
            Notices.info("Deleted. It can be restored from Deleted events.");
            return true;
        } catch (EditConflictException conflict) {
            view.show(conflict.current());
            Notices.warning("Not deleted: another editor saved this event meanwhile. Their version is shown now.");
            return false;
        }
    }

    /** A write that does not save the form's fields: whatever the editor typed and did not save stays in the form. */
    private Optional<EventDetails> write(Supplier<EventDetails> change) {
        try {
            EventDetails now = change.get();
            changed(now);
            return Optional.of(now);
        } catch (EditConflictException conflict) {
            changed(editor.find(loaded.id()));
            Notices.warning("Not done: an event involved was saved by another editor meanwhile. "
                    + "It is shown as it is now; try again.");
        } catch (IllegalArgumentException | IllegalStateException e) {
            Notices.warning(InvalidValueException.problemIn(e));
        }
        return Optional.empty();
    }

    private void changed(EventDetails now) {
        if (!view.form.isDirty() || !now.status().allowsEdits()) {
            view.show(now);
            return;
        }
        EventDraft merged =
                DraftMerge.of(base, view.form.values(), EventDraft.of(now)).merged();
        load(now);
        view.showUnsaved(now, merged);
    }
}
