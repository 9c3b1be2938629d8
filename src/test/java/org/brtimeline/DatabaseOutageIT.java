package org.brtimeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.brtimeline.base.DatabaseOutage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL stopped under a running node, and started again: the node answers 503 with a message in plain words (the
 * API as JSON, with Retry-After), its readiness fails while its liveness holds, and it serves again by itself once the
 * database is back. A node started without its database stops with a report instead of a stack trace.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static Path dataDirectory;
    private static int databasePort;
    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext node;

    @BeforeAll
    static void start() throws IOException {
        dataDirectory = Files.createTempDirectory("outage-postgres");
        databasePort = freePort();
        postgres = database();
        node = new SpringApplicationBuilder(Application.class)
                .profiles("postgres")
                .run(
                        "--DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--DB_USER=postgres",
                        "--DB_PASSWORD=postgres",
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
                        "--app.admin.password-file=target/admin-password");
    }

    private static EmbeddedPostgres database() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(databasePort)
                .start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (node != null) {
            node.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static HttpResponse<String> get(String portProperty, String path) throws Exception {
        String port = node.getEnvironment().getProperty(portProperty);
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return get("local.server.port", path);
    }

    private static int readiness() throws Exception {
        return get("local.management.port", "/actuator/health/readiness").statusCode();
    }

    @Test
    @Order(1)
    void a_running_database_is_served() throws Exception {
        assertThat(get("/api/events?limit=1").statusCode()).isEqualTo(200);
        assertThat(readiness()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void with_the_database_stopped_every_answer_is_a_503_that_says_so() throws Exception {
        postgres.close();
        postgres = null;

        for (String path : new String[] {"/api/events?limit=1", "/api/events/1", "/api/articles", "/feed.atom"}) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).as(path).contains("30");
            assertThat(answer.body()).as(path).contains(DatabaseOutage.MESSAGE).doesNotContain("Exception");
        }
        JsonNode error = new ObjectMapper().readTree(get("/api/events?limit=1").body());
        assertThat(error.path("status").asInt()).isEqualTo(503);
        assertThat(error.path("message").asText()).isEqualTo(DatabaseOutage.MESSAGE);
        assertThat(readiness()).as("taken out of the balancer").isEqualTo(503);
        assertThat(get("local.management.port", "/actuator/health/liveness").statusCode())
                .as("not restarted for it")
                .isEqualTo(200);
    }

    @Test
    @Order(3)
    void the_node_serves_again_once_the_database_is_back() throws Exception {
        postgres = database();

        Instant giveUp = Instant.now().plusSeconds(60);
        int status;
        while ((status = get("/api/events?limit=1").statusCode()) != 200
                && Instant.now().isBefore(giveUp)) {
            Thread.sleep(500);
        }
        assertThat(status).isEqualTo(200);
        assertThat(get("/api/events/1").statusCode()).isIn(200, 404);
        assertThat(readiness()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void a_node_started_without_its_database_stops_with_a_report_not_a_stack_trace() throws Exception {
        int nobody = freePort();
        var start = new SpringApplicationBuilder(Application.class).profiles("postgres");

        assertThatThrownBy(() -> start.run(
                        "--DB_URL=jdbc:postgresql://localhost:" + nobody + "/postgres",
                        "--DB_USER=postgres",
                        "--DB_PASSWORD=postgres",
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap"))
                .satisfies(failure -> {
                    var report = new DatabaseOutage.Report().analyze(failure);
                    assertThat(report).isNotNull();
                    assertThat(report.getDescription()).startsWith("The database could not be reached at start");
                    assertThat(report.getAction()).contains("DB_URL");
                });
    }
}
