package org.brtimeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application as a user starts it ({@code java -jar target/br-timeline-*.jar} in a fresh folder): it
 * starts, serves the timeline and says it is ready. The other tests run on the test class path, which holds more than
 * the jar does (a dependency left out of the jar once stopped every start while the whole suite passed).
 */
class PackagedApplicationIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path folder;

    @Test
    void the_jar_starts_in_a_fresh_folder_serves_the_timeline_and_is_ready() throws Exception {
        int port = freePort();
        int management = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+ExitOnOutOfMemoryError",
                "-jar",
                jar().toString(),
                "--server.port=" + port,
                "--management.server.port=" + management));
        Process application = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("application.log").toFile())
                .start();
        try {
            // A reader who asks for the timeline from the moment the port opens, while a load balancer waits for
            // readiness: the reader gets the page at every try, never the login.
            List<Integer> timelineAnswers = new ArrayList<>();
            int ready = awaitOk(
                    application,
                    "http://localhost:" + management + "/actuator/health/readiness",
                    "http://localhost:" + port + "/timeline",
                    timelineAnswers);
            assertThat(ready).as(log()).isEqualTo(200);
            assertThat(timelineAnswers)
                    .as("the answers to /timeline during the start")
                    .isNotEmpty();
            assertThat(timelineAnswers)
                    .as("the answers to /timeline during the start")
                    .containsOnly(200);
            HttpResponse<String> readiness = get("http://localhost:" + management + "/actuator/health/readiness");
            assertThat(readiness.body()).contains("\"status\":\"UP\"", "searchIndex");
            assertThat(get("http://localhost:" + port + "/timeline").statusCode())
                    .isEqualTo(200);
        } finally {
            application.destroy();
            application.waitFor();
        }
    }

    private static Path jar() throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "br-timeline-*.jar")) {
            for (Path jar : jars) {
                return jar.toAbsolutePath();
            }
        }
        throw new IllegalStateException("no target/br-timeline-*.jar: run the package phase first");
    }

    /**
     * 200 once the address answers so; the last status (or -1) if the application stopped or 3 minutes passed.
     * Meanwhile asks for a page every 50 ms and keeps each answer it got.
     */
    private int awaitOk(Process application, String url, String page, List<Integer> pageAnswers) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        int status = -1;
        while (Instant.now().isBefore(giveUp) && application.isAlive() && status != 200) {
            try {
                pageAnswers.add(get(page).statusCode());
            } catch (IOException notYet) {
                // not listening yet
            }
            try {
                status = get(url).statusCode();
            } catch (IOException notYet) {
                // not listening yet
            }
            if (status != 200) {
                Thread.sleep(50);
            }
        }
        return status;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String log() throws IOException {
        return Files.readString(folder.resolve("application.log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
