package org.brtimeline.chronology.ui;

import java.util.Optional;
import org.brtimeline.base.ui.PageLookup;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.springframework.stereotype.Component;

/**
 * What is at an event permalink ({@code events/{id}}) before the view runs: a published event (its
 * title, date and summary; embeddable, through oEmbed), a merged one (it forwards), or nothing.
 */
@Component
class EventPreview implements PageLookup {

    private final ChronologyService chronology;

    EventPreview(ChronologyService chronology) {
        this.chronology = chronology;
    }

    @Override
    public Optional<Page> look(String path) {
        return PageLookup.byId(
                path,
                "events",
                id -> chronology.find(chronology.mergedInto(id).orElse(id)).map(EventPreview::found));
    }

    private static Found found(EventDetails event) {
        return new Found(
                event.title(), event.summary() == null ? event.label() : event.label() + ". " + event.summary(), true);
    }
}
