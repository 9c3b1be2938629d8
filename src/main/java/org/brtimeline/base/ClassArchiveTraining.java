package org.brtimeline.base;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A training start for the class data sharing archive (README, "Starting in seconds": {@code
 * -Dspring.context.exit=onRefresh}) runs on an in-memory database and search index and writes no password file,
 * whatever else is configured. It runs the start-up work (migrations, the corpus import, the admin account, the search
 * index check) and stops: on the configured storage it would write the new admin's password over the one in {@code
 * data/admin-password}, fill the search index from its own corpus (under {@code data/index}, or a production OpenSearch
 * index), and stop the JVM while that index is open.
 */
public class ClassArchiveTraining implements EnvironmentPostProcessor, Ordered {

    /** Spring's property for a start that stops once the context is refreshed, as a training start does. */
    static final String CONTEXT_EXIT = "spring.context.exit";

    private final Log log;

    public ClassArchiveTraining(DeferredLogFactory logs) {
        this.log = logs.getLog(ClassArchiveTraining.class);
    }

    /** After the configuration files are read (their settings are what is replaced), before the database file check. */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!"onRefresh".equals(environment.getProperty(CONTEXT_EXIT))) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("class-archive-training", throwawayStorage()));
        log.info("A training start (" + CONTEXT_EXIT + "=onRefresh): on an in-memory database and search index, with"
                + " no password file; the configured database, index and data/ are not touched");
    }

    static Map<String, Object> throwawayStorage() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", "jdbc:h2:mem:class-archive-training;DB_CLOSE_DELAY=-1");
        settings.put("spring.datasource.driver-class-name", "org.h2.Driver");
        settings.put("spring.datasource.username", "sa");
        settings.put("spring.datasource.password", "");
        String search = "spring.jpa.properties.hibernate.search.";
        settings.put(search + "backend.type", "lucene");
        settings.put(search + "backend.directory.type", "local-heap");
        settings.put(search + "backend.analysis.configurer", "class:" + TextAnalysis.class.getName());
        settings.put(search + "coordination.strategy", "none");
        // The settings of the replaced storage (the index folder, OpenSearch's hosts) are left unused, on purpose.
        settings.put(search + "configuration_property_checking.strategy", "ignore");
        // The admin account is made as on a first start, with a password nobody needs, instead of one written to a
        // file.
        settings.put("app.admin.password", UUID.randomUUID().toString());
        return settings;
    }
}
