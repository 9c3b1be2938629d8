package org.brtimeline.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The editors' notifications, shown at the top of the page so that they never cover the form's
 * buttons at the bottom.
 */
final class Notices {

    private static final int SHOWN_FOR_MS = 5000;
    private static final int UNDO_FOR_MS = 10_000;

    private Notices() {}

    static Notification success(String text) {
        return show(text, NotificationVariant.LUMO_SUCCESS);
    }

    static Notification info(String text) {
        return show(text, null);
    }

    static Notification warning(String text) {
        return show(text, NotificationVariant.LUMO_WARNING);
    }

    /** A notification with a button (such as "Undo") that runs the action and closes it. */
    static Notification withAction(String text, String action, Runnable run) {
        Notification notification = new Notification();
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.setDuration(UNDO_FOR_MS);
        Button button = new Button(action, e -> {
            notification.close();
            run.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button close = new Button("Close", e -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout content = new HorizontalLayout(new Span(text), button, close);
        content.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        notification.add(content);
        notification.open();
        return notification;
    }

    private static Notification show(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, SHOWN_FOR_MS, Notification.Position.TOP_CENTER);
        if (variant != null) {
            notification.addThemeVariants(variant);
        }
        return notification;
    }
}
