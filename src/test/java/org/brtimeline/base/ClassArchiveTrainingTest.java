package org.brtimeline.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ClassArchiveTrainingTest {

    /** The production settings of the postgres and opensearch profiles, and a start's own arguments. */
    private static StandardEnvironment production(Map<String, Object> more) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("more", more));
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "profiles",
                        Map.of(
                                "spring.datasource.url", "jdbc:postgresql://db.example/timeline",
                                "spring.datasource.username", "timeline",
                                "spring.jpa.properties.hibernate.search.backend.type", "elasticsearch",
                                "spring.jpa.properties.hibernate.search.coordination.strategy", "outbox-polling")));
        return environment;
    }

    private static void postProcess(StandardEnvironment environment) {
        new ClassArchiveTraining(new DeferredLogs()).postProcessEnvironment(environment, new SpringApplication());
    }

    @Test
    void a_training_start_runs_on_an_in_memory_database_and_index_without_a_password_file() {
        StandardEnvironment environment = production(Map.of(
                "spring.context.exit", "onRefresh",
                "spring.datasource.url", "jdbc:h2:file:./data/timeline",
                "app.search.index-root", "data/index"));

        postProcess(environment);

        assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:h2:mem:");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("sa");
        assertThat(environment.getProperty("spring.jpa.properties.hibernate.search.backend.type"))
                .isEqualTo("lucene");
        assertThat(environment.getProperty("spring.jpa.properties.hibernate.search.backend.directory.type"))
                .isEqualTo("local-heap");
        assertThat(environment.getProperty("spring.jpa.properties.hibernate.search.coordination.strategy"))
                .isEqualTo("none");
        assertThat(environment.getProperty("app.admin.password"))
                .as("no password file is written")
                .isNotBlank();
    }

    @Test
    void any_other_start_keeps_its_configuration() {
        StandardEnvironment environment = production(Map.of("spring.context.exit", "onClose"));

        postProcess(environment);

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example/timeline");
        assertThat(environment.getProperty("spring.jpa.properties.hibernate.search.backend.type"))
                .isEqualTo("elasticsearch");
        assertThat(environment.getProperty("app.admin.password")).isNull();
    }
}
