package org.brtimeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.brtimeline.bench.PackagedApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flood: the packaged application with a 512 MB heap, its default limits, and a script that opens 5,000
 * anonymous Vaadin sessions (each with the three requests that build the timeline view, {@link ScriptedSession}). It
 * stays up, answering readers and editors whose sessions were open before, with the heap below 80 % after a
 * collection. The application runs as behind a proxy ({@code server.forward-headers-strategy=native}), so that the
 * script can come from one address or from thousands.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionFloodIT {

    private static final int SESSIONS = 5_000;
    private static final int SCRIPT_THREADS = 8;
    private static final String ADMIN_PASSWORD = "flood-test-password";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @TempDir
    static Path folder;

    private static PackagedApp app;
    private static ScriptedSession reader;
    private static String editorCookie;

    @BeforeAll
    static void startWithHalfAGigabyteOfHeap() throws Exception {
        app = PackagedApp.launchFast(
                List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError"),
                List.of(
                        "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("timeline")
                                + ";DB_CLOSE_ON_EXIT=FALSE",
                        "--app.search.index-root=" + folder.resolve("index"),
                        "--app.admin.password=" + ADMIN_PASSWORD,
                        "--server.forward-headers-strategy=native"),
                "session-flood");
        app.awaitReady();
        reader = ScriptedSession.open(CLIENT, app.url(""), "192.0.2.1");
        assertThat(reader.builtTheTimeline()).as(reader.body()).isTrue();
        editorCookie = logIn("192.0.2.2");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void a_script_on_one_address_gets_its_first_sessions_and_then_429_with_a_page_that_says_why() throws Exception {
        List<ScriptedSession> sessions = flood(100, i -> "198.51.100.7");

        Map<Integer, Long> statuses = countByStatus(sessions);
        assertThat(statuses.keySet()).containsOnly(200, 429);
        assertThat(sessions.stream().filter(ScriptedSession::builtTheTimeline).count())
                .as("sessions built, of the address's 30 a minute")
                .isBetween(30L, 40L);
        assertThat(sessions.stream().filter(s -> s.status() == 429).findFirst())
                .get()
                .satisfies(s -> assertThat(s.body()).contains("Too many new visits came from your address"));
    }

    @Test
    @Order(2)
    void five_thousand_sessions_from_many_addresses_leave_the_application_answering_and_the_heap_below_80_percent()
            throws Exception {
        long started = System.nanoTime();

        List<ScriptedSession> sessions =
                flood(SESSIONS, i -> "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));

        System.out.printf(
                "%d sessions tried in %.0f s: %s%n",
                SESSIONS, (System.nanoTime() - started) / 1e9, countByStatus(sessions));
        assertThat(countByStatus(sessions).keySet())
                .as("no error, no failed connection")
                .containsOnly(200, 503);
        long built = sessions.stream().filter(ScriptedSession::builtTheTimeline).count();
        assertThat(built).as("sessions built before the node was full").isBetween(100L, 600L);
        assertThat(sessions.stream().filter(s -> s.status() == 503).findFirst())
                .get()
                .satisfies(s ->
                        assertThat(s.body()).contains("The timeline is busy").hasSizeLessThan(1000));

        assertThat(reader.heartbeat(CLIENT, app.url("")))
                .as("the reader's open page")
                .isEqualTo(200);
        assertThat(reader.reload(CLIENT, app.url(""))).as("the reader's reload").isEqualTo(200);
        assertThat(get(app.url("/editor/review"), editorCookie).statusCode())
                .as("the editor's review page, not the login")
                .isEqualTo(200);
        assertThat(get(app.url("/api/events?from=2020-01-01&to=2021-12-31"), null)
                        .statusCode())
                .as("the read API")
                .isEqualTo(200);
        assertThat(get(app.managementUrl("/actuator/health/readiness"), null).statusCode())
                .isEqualTo(200);
        assertThat(ScriptedSession.open(CLIENT, app.url(""), "203.0.113.9").status())
                .as("a new reader while the node is full")
                .isEqualTo(503);

        app.collectGarbage();
        double used = metric("jvm.memory.used");
        double max = metric("jvm.memory.max");
        System.out.printf("heap after a collection: %.0f MB of %.0f MB%n", used / 1e6, max / 1e6);
        assertThat(max).as("the heap's maximum").isBetween(400e6, 600e6);
        assertThat(used / max).as("heap used after a collection").isLessThan(0.8);
        assertThat(app.log()).doesNotContain("OutOfMemoryError");
    }

    /** Opens that many sessions with a few threads, the i-th from the i-th address; in the order they were tried. */
    private static List<ScriptedSession> flood(int count, Function<Integer, String> address) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(SCRIPT_THREADS);
        try {
            List<Future<ScriptedSession>> opened = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String from = address.apply(i);
                opened.add(threads.submit(() -> ScriptedSession.open(CLIENT, app.url(""), from)));
            }
            List<ScriptedSession> sessions = new ArrayList<>();
            for (Future<ScriptedSession> session : opened) {
                sessions.add(session.get());
            }
            return sessions;
        } finally {
            threads.shutdownNow();
        }
    }

    private static Map<Integer, Long> countByStatus(List<ScriptedSession> sessions) {
        return sessions.stream().collect(Collectors.groupingBy(ScriptedSession::status, Collectors.counting()));
    }

    /** Logs the admin in as the login form does; the session cookie it ends with. */
    private static String logIn(String address) throws IOException, InterruptedException {
        HttpResponse<String> form = CLIENT.send(
                HttpRequest.newBuilder(URI.create(app.url("/login")))
                        .header("X-Forwarded-For", address)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(form);
        Matcher token =
                Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).as(form.body()).isTrue();
        HttpResponse<String> login = CLIENT.send(
                HttpRequest.newBuilder(URI.create(app.url("/login")))
                        .header("X-Forwarded-For", address)
                        .header("Cookie", cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
                                + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).get().asString().doesNotContain("error");
        return sessionCookie(login);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private static HttpResponse<String> get(String url, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A heap figure (bytes) from the management port's metrics: all its pools together. */
    private static double metric(String name) throws IOException, InterruptedException {
        HttpResponse<String> answer = get(app.managementUrl("/actuator/metrics/" + name + "?tag=area:heap"), null);
        return JSON.readTree(answer.body()).at("/measurements/0/value").asDouble();
    }
}
