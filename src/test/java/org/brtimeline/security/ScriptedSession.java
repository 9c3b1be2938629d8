package org.brtimeline.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A Vaadin session opened the way a script opens one, with the three plain requests a browser sends for a page: the
 * page itself ({@code GET /}, which opens the HTTP session), the bootstrap's {@code ?v-r=init} (which creates the UI)
 * and the first UIDL request, the navigation that builds the view ({@code ui-navigate}); no scripts, styles or push.
 * Each session is a client of its own (its own cookie), optionally from a given address ({@code X-Forwarded-For}, which
 * the application believes behind a proxy).
 */
record ScriptedSession(int status, String body, String cookie) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** Opens a session on the start page; {@link #status()} is the first refusal, or 200 when the view was built. */
    static ScriptedSession open(HttpClient client, String baseUrl, String address)
            throws IOException, InterruptedException {
        UnaryOperator<HttpRequest.Builder> from = b -> address == null ? b : b.header("X-Forwarded-For", address);
        HttpResponse<String> page = client.send(
                from.apply(HttpRequest.newBuilder(URI.create(baseUrl + "/")).timeout(TIMEOUT))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Optional<String> cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst();
        if (page.statusCode() != 200 || cookie.isEmpty()) {
            return new ScriptedSession(page.statusCode(), page.body(), null);
        }
        HttpResponse<String> init = client.send(
                from.apply(HttpRequest.newBuilder(URI.create(baseUrl + "/?v-r=init&location=&query="))
                                .timeout(TIMEOUT)
                                .header("Cookie", cookie.get()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (init.statusCode() != 200) {
            return new ScriptedSession(init.statusCode(), init.body(), cookie.get());
        }
        String key = JSON.readTree(init.body())
                .at("/appConfig/uidl/Vaadin-Security-Key")
                .asText();
        ObjectNode message =
                JSON.createObjectNode().put("csrfToken", key).put("syncId", 0).put("clientId", 0);
        ObjectNode navigate = message.putArray("rpc")
                .addObject()
                .put("type", "event")
                .put("node", 1)
                .put("event", "ui-navigate");
        navigate.putObject("data")
                .put("route", "")
                .put("query", "")
                .put("appShellTitle", "")
                .put("trigger", "")
                .putObject("historyState")
                .put("idx", 0);
        HttpResponse<String> view = client.send(
                from.apply(HttpRequest.newBuilder(URI.create(baseUrl + "/?v-r=uidl&v-uiId=0"))
                                .timeout(TIMEOUT)
                                .header("Cookie", cookie.get())
                                .header("Content-Type", "application/json; charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new ScriptedSession(view.statusCode(), view.body(), cookie.get());
    }

    /** Whether the timeline view was built in the session (its chart is in the UIDL answer). */
    boolean builtTheTimeline() {
        return status == 200 && body.contains("\"value\":\"br-timeline\"");
    }

    /** A request of this session's own, later: the page again (which an open session is never refused). */
    int reload(HttpClient client, String baseUrl) throws IOException, InterruptedException {
        return client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/"))
                                .timeout(TIMEOUT)
                                .header("Cookie", cookie)
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** The UI's heartbeat, as the open page sends it: 200 while the session and its UI live. */
    int heartbeat(HttpClient client, String baseUrl) throws IOException, InterruptedException {
        return client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/?v-r=heartbeat&v-uiId=0"))
                                .timeout(TIMEOUT)
                                .header("Cookie", cookie)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
