package org.brtimeline.chronology;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The search index for the health checks ({@code searchIndex}): up while it answers, with how many events it holds and
 * how many the database holds (they differ for a moment after an edit, and on several nodes by what the outbox still
 * holds); down when it cannot be read (an OpenSearch cluster out of reach, an index folder gone).
 */
@Component("searchIndexHealthIndicator")
class SearchIndexHealth implements HealthIndicator {

    private final SearchIndex index;

    SearchIndexHealth(SearchIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        SearchIndex.Holding indexed = index.indexed();
        return Health.up()
                .withDetail("indexedEvents", indexed.count())
                .withDetail("storedEvents", index.stored().count())
                .build();
    }
}
