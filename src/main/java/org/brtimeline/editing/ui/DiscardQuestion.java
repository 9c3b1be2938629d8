package org.brtimeline.editing.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The one question asked before something replaces or throws away the form's unsaved changes (leaving the page,
 * restoring a revision): what happens to them, a red button that goes ahead, and one that keeps them.
 */
final class DiscardQuestion {

    private DiscardQuestion() {}

    static void ask(String question, String consequence, String goAhead, String keep, Runnable action) {
        ask(question, consequence, goAhead, keep, action, () -> {});
    }

    /** As above, where keeping the changes ("keep", or Escape) also runs {@code kept}. */
    static void ask(String question, String consequence, String goAhead, String keep, Runnable action, Runnable kept) {
        ConfirmDialog confirm =
                new ConfirmDialog(question, consequence, goAhead, e -> action.run(), keep, e -> kept.run());
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
