package org.brtimeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.brtimeline.chronology.Category;

/**
 * The plain vis-timeline page the timeline is compared with: every item loaded at once. It is written into
 * {@code target/bench/plain} (the page, and {@code items-N.json} for each size) and served over HTTP on a loopback
 * port by the JDK's own server, with the standalone vis-timeline build under {@code /vis/}.
 *
 * <p>The items are the chronology's real events (as the read API gives them) repeated, each copy moved to a random
 * day of 2020–2023 (seeded, so every run draws the same), keeping its length (at most a year), and drawn as the
 * application draws them: a point for a day, a bar for a range, a bar over every possible day for a fuzzy date.
 */
final class PlainTimelinePage implements AutoCloseable {

    static final Path FOLDER = PackagedApp.WORK.resolve("plain");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST, LocalDate.of(2024, 1, 1));
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript",
            "css", "text/css",
            "json", "application/json",
            "map", "application/json");

    private final HttpServer server;
    private final ExecutorService threads;

    private PlainTimelinePage(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Writes the page and the items of each size, and serves them with the vis-timeline package folder. */
    static PlainTimelinePage serve(Path visTimeline, JsonNode events, List<Integer> sizes) throws IOException {
        if (!Files.exists(visTimeline.resolve("standalone/umd/vis-timeline-graph2d.min.js"))) {
            throw new IllegalStateException("No vis-timeline package at " + visTimeline
                    + " (run docs/bench/run-end-to-end.sh, which unpacks it,"
                    + " or give --vis-timeline=node_modules/vis-timeline)");
        }
        Files.createDirectories(FOLDER);
        try (InputStream page = PlainTimelinePage.class.getResourceAsStream("plain-vis-timeline.html")) {
            Files.write(FOLDER.resolve("plain.html"), page.readAllBytes());
        }
        for (int size : sizes) {
            JSON.writeValue(FOLDER.resolve("items-" + size + ".json").toFile(), items(events, size));
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        server.setExecutor(threads);
        server.createContext("/vis/", exchange -> send(exchange, visTimeline, "/vis/"));
        server.createContext("/", exchange -> send(exchange, FOLDER, "/"));
        server.start();
        return new PlainTimelinePage(server, threads);
    }

    String url(int size, LocalDate start, LocalDate end) {
        return "http://127.0.0.1:%d/plain.html?n=%d&start=%s&end=%s"
                .formatted(server.getAddress().getPort(), size, start, end);
    }

    /** {@code size} items made from the events, and the lanes (categories) they use. */
    static ObjectNode items(JsonNode events, int size) {
        Random random = new Random(12);
        ObjectNode data = JSON.createObjectNode();
        ArrayNode items = data.putArray("items");
        Set<String> categories = new LinkedHashSet<>();
        for (int i = 0; i < size; i++) {
            JsonNode event = events.get(i % events.size());
            LocalDate earliest = LocalDate.parse(event.get("earliest").asText());
            LocalDate latest = LocalDate.parse(event.get("latest").asText());
            LocalDate start = event.get("start").isNull()
                    ? earliest
                    : LocalDate.parse(event.get("start").asText());
            LocalDate end = event.get("end").isNull()
                    ? null
                    : LocalDate.parse(event.get("end").asText());
            LocalDate moved = FIRST.plusDays(random.nextInt(DAYS));
            boolean fuzzy = !"day".equals(event.get("precision").asText())
                    || !event.get("qualifier").isNull();
            String title = event.get("title").asText();
            String description = event.get("label").asText() + " · " + title;
            String category = event.get("category").asText();
            categories.add(category);
            ObjectNode item = items.addObject()
                    .put("id", String.valueOf(i))
                    .put("content", fuzzy ? description : title)
                    .put("description", description)
                    .put("group", category)
                    .put("className", "cat-" + category + (fuzzy ? " fuzzy" : ""));
            LocalDate first = fuzzy ? earliest : start;
            LocalDate last = fuzzy ? latest : end;
            item.put("start", moved.toString());
            if (last == null) {
                item.put("type", "point");
            } else {
                long length = Math.min(365, ChronoUnit.DAYS.between(first, last));
                item.put("end", moved.plusDays(length + 1).toString()).put("type", "range");
            }
        }
        ArrayNode groups = data.putArray("groups");
        Arrays.stream(Category.values())
                .filter(c -> categories.contains(c.code()))
                .forEach(c -> groups.addObject()
                        .put("id", c.code())
                        .put("content", c.code())
                        .put("order", c.ordinal())
                        .put("className", "cat-" + c.code()));
        return data;
    }

    private static void send(HttpExchange exchange, Path root, String prefix) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(prefix.length());
            Path file = root.resolve(path).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, Files.size(file));
            try (OutputStream body = exchange.getResponseBody()) {
                Files.copy(file, body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
