package org.brtimeline.chronology;

import java.util.List;
import java.util.Set;

/**
 * A curated event as the corpus gives it, with its actors and quotes already resolved: the
 * chronology builds and publishes the event itself, so no other feature ever changes an event.
 */
public record ImportedEvent(
        String key,
        String title,
        String summary,
        Category category,
        EventDate date,
        Set<Long> actorIds,
        List<String> places,
        List<SelectedPassage> evidence) {

    public ImportedEvent {
        actorIds = actorIds == null ? Set.of() : Set.copyOf(actorIds);
        places = places == null ? List.of() : List.copyOf(places);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
