package org.brtimeline.chronology.ui;

import com.vaadin.flow.component.Component;
import org.brtimeline.chronology.EventDetails;
import org.springframework.modulith.NamedInterface;

/**
 * Something another feature adds to the event detail under each event (the export feature's "Cite"), given as a bean,
 * so that the chronology knows nothing of it.
 */
@NamedInterface("event-detail")
public interface EventDetailTool {

    /** The component shown in the detail of this event. */
    Component create(EventDetails event);
}
