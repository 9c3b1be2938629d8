package org.brtimeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health and metrics answer on the management port only, and readiness covers the database and the search index. */
@ServedTest
class OperationsTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                BodyHandlers.ofString());
    }

    @Test
    void readiness_is_up_with_the_database_and_the_search_index() throws Exception {
        HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        JsonNode health = new ObjectMapper().readTree(readiness.body());
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("searchIndex").path("status").asText())
                .isEqualTo("UP");
        assertThat(health.path("components")
                        .path("searchIndex")
                        .path("details")
                        .path("indexedEvents")
                        .asLong())
                .isPositive();
        assertThat(get(managementPort, "/actuator/health/liveness").statusCode())
                .isEqualTo(200);
        assertThat(get(managementPort, "/actuator/metrics/jvm.memory.used").statusCode())
                .isEqualTo(200);
    }

    @Test
    void the_public_port_does_not_answer_health_or_metrics() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        for (String path : new String[] {"/actuator/health", "/actuator/metrics", "/actuator"}) {
            assertThat(get(port, path).statusCode()).as(path).isEqualTo(404);
        }
    }
}
