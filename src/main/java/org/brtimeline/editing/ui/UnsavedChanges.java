package org.brtimeline.editing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.binder.Binder;

/**
 * Whether the form holds changes that are not saved, known on both sides: here, for the questions asked before
 * leaving the page or restoring a revision, and in the browser, which asks before the tab is closed or reloaded
 * ({@code beforeunload}).
 */
final class UnsavedChanges {

    /** Asks the browser to confirm closing the tab while the form ({@code $0}) holds unsaved changes. */
    private static final String GUARD_TAB_CLOSE = """
            const form = $0;
            form.addEventListener('input', () => form.dirty = true);
            if (!window.eventFormGuard) {
              window.eventFormGuard = true;
              window.addEventListener('beforeunload', e => {
                const open = document.querySelector('.event-form');
                if (open && open.dirty) { e.preventDefault(); e.returnValue = ''; }
              });
            }""";

    private final Component form;
    private boolean dirty;
    private boolean loading;

    UnsavedChanges(Component form, Binder<?> binder) {
        this.form = form;
        binder.addValueChangeListener(e -> {
            if (!loading) {
                set(true);
            }
        });
    }

    /** Values the page puts into the fields (not typed): they are no change of the editor's by themselves. */
    void load(Runnable reading) {
        loading = true;
        try {
            reading.run();
        } finally {
            loading = false;
        }
    }

    boolean exist() {
        return dirty;
    }

    /** The browser knows too, to ask before the tab is closed. */
    void set(boolean dirty) {
        this.dirty = dirty;
        // Not a synchronised property: the browser also sets it on its own as soon as something is typed, and a
        // property that ends a round trip as it began (unsaved, then saved) would not be sent back.
        form.getElement().executeJs("this.dirty = $0", dirty);
    }

    /** Once the form is on show: the browser asks before a tab whose form holds unsaved changes is closed. */
    void guardTabClose() {
        form.getElement().executeJs(GUARD_TAB_CLOSE, form.getElement());
    }
}
