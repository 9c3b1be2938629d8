package org.brtimeline.corpus;

import org.brtimeline.base.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On start, imports the corpus into an empty database; a database that has held it, or holds
 * anything else (such as synthetic data from the {@code generate} command), is left alone.
 * Runs before the web server opens, so no reader ever sees a half-loaded chronology.
 */
@Component
@ConditionalOnProperty(name = "app.corpus.import-on-start", havingValue = "true", matchIfMissing = true)
class CorpusStartup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CorpusStartup.class);

    private final CorpusImporter importer;
    private final SystemTask system;
    private final String location;

    CorpusStartup(
            CorpusImporter importer,
            SystemTask system,
            @Value("${app.corpus.location:classpath:corpus/}") String location) {
        this.importer = importer;
        this.system = system;
        this.location = location;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!importer.databaseIsEmpty()) {
            log.info("The database holds data already (the corpus, or articles and events added or generated);"
                    + " the corpus is not imported");
            return;
        }
        // Nobody is logged in at start-up: the import, and the review candidates its articles get, are the system's.
        CorpusImporter.Summary summary = system.call(() -> importer.importFrom(location));
        log.info(
                "Imported the corpus from {}: {} articles, {} actors, {} events with {} pieces of evidence",
                location,
                summary.articles(),
                summary.actors(),
                summary.events(),
                summary.evidence());
    }
}
