package org.brtimeline.chronology.ui;

import java.util.Optional;
import java.util.regex.Pattern;
import org.brtimeline.base.ui.PageLookup;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.springframework.stereotype.Component;

/**
 * What is at an event permalink ({@code events/{id}}) before the view runs: a published event (its
 * title, date and summary), a merged one (it forwards), or nothing.
 */
@Component
class EventPreview implements PageLookup {

    private static final Pattern PERMALINK = Pattern.compile("events/([^/]*)");
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private final ChronologyService chronology;

    EventPreview(ChronologyService chronology) {
        this.chronology = chronology;
    }

    @Override
    public Optional<Page> look(String path) {
        var permalink = PERMALINK.matcher(path);
        if (!permalink.matches()) {
            return Optional.empty();
        }
        if (!ID.matcher(permalink.group(1)).matches()) {
            return Optional.of(new Missing());
        }
        long id = Long.parseLong(permalink.group(1));
        long shown = chronology.mergedInto(id).orElse(id);
        return Optional.of(chronology.find(shown).<Page>map(EventPreview::found).orElseGet(Missing::new));
    }

    private static Found found(EventDetails event) {
        return new Found(
                event.title(), event.summary() == null ? event.label() : event.label() + ". " + event.summary());
    }
}
