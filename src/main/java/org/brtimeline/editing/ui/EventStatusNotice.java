package org.brtimeline.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventStatus;

/**
 * What the editor should know about the event's state above the form: a published event links to
 * the timeline; a merged one says into which event and links there; a deleted one offers to restore it.
 */
class EventStatusNotice extends Div {

    final Anchor onTimeline = new Anchor("", "View on timeline");
    final Span notice = new Span();
    final Anchor survivor = new Anchor("", "");
    final Button undelete = new Button("Restore it as a draft");

    EventStatusNotice(Runnable restore) {
        addClassName("event-status-notice");
        notice.getElement().setAttribute("role", "status");
        undelete.addClickListener(e -> restore.run());
        add(onTimeline, notice, survivor, undelete);
        show(null, null);
    }

    /** {@code mergedInto} is the event that absorbed a merged one. */
    void show(EventDetails event, EventDetails mergedInto) {
        EventStatus status = event == null ? null : event.status();
        onTimeline.setVisible(status == EventStatus.PUBLISHED);
        if (status == EventStatus.PUBLISHED) {
            onTimeline.setHref("timeline?event=" + event.id());
        }
        notice.setVisible(status == EventStatus.MERGED || status == EventStatus.DELETED);
        survivor.setVisible(status == EventStatus.MERGED && mergedInto != null);
        undelete.setVisible(status == EventStatus.DELETED);
        if (status == EventStatus.MERGED) {
            notice.setText("This event was merged into another one and can no longer be changed. ");
            if (mergedInto != null) {
                survivor.setText("Open “" + mergedInto.title() + "”, which it was merged into");
                survivor.setHref("editor/events/" + mergedInto.id());
            }
        } else if (status == EventStatus.DELETED) {
            notice.setText(
                    "This event is deleted: readers do not see it, and it cannot be changed until it is restored. ");
        }
    }
}
