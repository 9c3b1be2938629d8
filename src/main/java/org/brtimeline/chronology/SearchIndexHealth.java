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
        SearchIndex.Holding indexed;
        try {
            indexed = index.indexed();
        } catch (RuntimeException e) {
            return Health.down()
                    .withDetail("error", org.brtimeline.base.DatabaseOutage.rootMessage(e))
                    .build();
        }
        Health.Builder health = Health.up().withDetail("indexedEvents", indexed.count());
        try {
            health.withDetail("storedEvents", index.stored().count());
        } catch (RuntimeException e) {
            if (!org.brtimeline.base.DatabaseOutage.causedIt(e)) {
                throw e;
            }
            // The database's own indicator ("db") is down and says why; the index itself answered.
            health.withDetail("storedEvents", "unknown: the database cannot be reached");
        }
        return health.build();
    }
}
