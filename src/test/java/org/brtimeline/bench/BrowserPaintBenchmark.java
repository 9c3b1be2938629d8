package org.brtimeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.brtimeline.BrowserSession;

/**
 * How long the timeline takes to paint its items in headless Chromium after a navigation, against the packaged
 * application (production bundle), and how long a plain vis-timeline page takes with the same chronology loaded all
 * at once (1,000 / 10,000 / 100,000 items), in the same run and the same browser.
 *
 * <pre>
 * BrowserPaintBenchmark [URL] [--runs=20] [--warm-runs=10] [--path=/timeline] [--plain=1000,10000,100000]
 *                       [--plain-runs=5] [--timeout=300] [--vis-timeline=FOLDER] [--trace] [--profile]
 *                       [--jvm=… ] [--spring.datasource.url=… …]
 * </pre>
 *
 * With a URL (such as {@code http://localhost:8080}) it measures that server; without, it starts
 * {@code target/br-timeline-*.jar} itself (the corpus database unless a datasource is given). The server serves the
 * page twice before the runs (not counted). "Cold": each run in a fresh browser context (empty cache, a new
 * session). "Warm": one context navigating again (cached assets, the same session). The time is from the start of
 * the navigation until the items are painted (see {@code painted.js}). A plain page that takes over a minute is not
 * run again; one that does not paint within the timeout (seconds) is reported as such.
 *
 * <p>{@code --trace} adds one cold run of each page with a Chromium performance trace
 * ({@code target/bench/*-trace.json}) and prints where its main thread's time went; {@code --profile} (when the
 * benchmark started the application) records the server with JFR during the cold runs ({@code target/bench/paint.jfr})
 * and prints where its CPU samples went.
 */
public final class BrowserPaintBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARKS = """
            () => {
              const navigation = performance.getEntriesByType('navigation')[0] || {};
              const resources = performance.getEntriesByType('resource');
              const server = resources.filter(r => /[?&]v-r=(init|uidl)/.test(r.name));
              const chart = document.querySelector('br-timeline');
              const visible = chart && chart.$chart ? chart.$chart.timeline.getWindow() : null;
              return Object.assign({}, window.__bench, {
                firstByte: navigation.responseStart,
                domContentLoaded: navigation.domContentLoadedEventEnd,
                load: navigation.loadEventEnd,
                requests: resources.length + 1,
                kilobytes: [navigation, ...resources].reduce((sum, r) => sum + (r.transferSize || 0), 0) / 1024,
                serverRoundTrips: server
                  .map(r => r.name.match(/v-r=(\\w+)/)[1] + ' ' + Math.round(r.startTime)
                    + '–' + Math.round(r.responseEnd))
                  .join(', '),
                windowStart: visible ? visible.start.getTime() : null,
                windowEnd: visible ? visible.end.getTime() : null
              });
            }""";

    private final Browser browser;
    private final String painted;
    private final double timeout;

    private BrowserPaintBenchmark(Browser browser, double timeoutSeconds) throws IOException {
        this.browser = browser;
        this.timeout = timeoutSeconds * 1000;
        try (InputStream script = BrowserPaintBenchmark.class.getResourceAsStream("painted.js")) {
            this.painted = new String(script.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = Arguments.parse(
                args,
                Set.of(
                        "runs",
                        "warm-runs",
                        "path",
                        "plain",
                        "plain-runs",
                        "timeout",
                        "vis-timeline",
                        "trace",
                        "profile"));
        System.out.println("BrowserPaintBenchmark " + String.join(" ", args) + " — " + Instant.now());
        PackagedApp app = null;
        String base;
        if (arguments.words().isEmpty()) {
            app = PackagedApp.launch(arguments, "paint-app");
            app.awaitReady();
            base = app.url("");
        } else {
            base = arguments.words().get(0).replaceFirst("/$", "");
        }
        try (BrowserSession session = BrowserSession.start()) {
            new BrowserPaintBenchmark(session.browser(), arguments.number("timeout", 300))
                    .run(base, arguments, Optional.ofNullable(app));
        } finally {
            if (app != null) {
                app.close();
            }
        }
    }

    private void run(String base, Arguments arguments, Optional<PackagedApp> app) throws Exception {
        String url = base + arguments.text("path", "/timeline");
        boolean trace = arguments.flag("trace");
        for (int i = 1; i <= 2; i++) {
            System.out.println("server warm-up " + i + ": " + describe(painted(cold(url, null))));
        }
        Optional<PackagedApp> recorded = app.filter(a -> arguments.flag("profile"));
        if (recorded.isPresent()) {
            recorded.get().startRecording();
        }
        Timings cold = new Timings();
        JsonNode last = null;
        for (int i = 1; i <= arguments.number("runs", 20); i++) {
            last = painted(cold(url, null));
            cold.add(last.path("painted").asDouble());
            System.out.println("cold " + i + ": " + describe(last));
        }
        if (recorded.isPresent()) {
            Path recording = PackagedApp.WORK.resolve("paint.jfr");
            recorded.get().stopRecording(recording);
            System.out.println("the server during the cold runs:");
            JfrSummary.print(recording, 15);
        }
        Timings warm = warm(url, arguments.number("warm-runs", 10));
        if (trace) {
            traced(url, "timeline");
        }
        List<String> rows = new ArrayList<>();
        rows.add("| timeline painted after navigation, cold (fresh context each run) | %s |".formatted(cold.summary()));
        rows.add("| timeline painted after navigation, warm (cached assets, same session) | %s |"
                .formatted(warm.summary()));
        List<Integer> sizes = arguments.numbers("plain", List.of(1_000, 10_000, 100_000));
        if (!sizes.isEmpty()) {
            LocalDate start = day(last, "windowStart", LocalDate.of(2020, 1, 1));
            LocalDate end = day(last, "windowEnd", LocalDate.of(2024, 1, 1));
            Path vis = Path.of(arguments.text("vis-timeline", "target/bench/vis-timeline/package"));
            try (PlainTimelinePage plain = PlainTimelinePage.serve(vis, events(base), sizes)) {
                for (int size : sizes) {
                    String plainUrl = plain.url(size, start, end);
                    Timings times = plain(plainUrl, size, arguments.number("plain-runs", 5));
                    if (trace && times.count() > 0) {
                        traced(plainUrl, "plain-" + size);
                    }
                    rows.add("| plain vis-timeline page, %,d items at once, window %s – %s, cold | %s | ratio %s |"
                            .formatted(size, start, end, plainSummary(times), plainRatio(cold, times)));
                }
            }
        }
        System.out.println();
        System.out.println("| figure | result |");
        System.out.println("| --- | --- |");
        rows.forEach(System.out::println);
        System.out.println(
                "ratio = the timeline's cold median / the plain page's median (below 1: the timeline is faster)");
    }

    /** The plain page's cold runs; a run that did not paint, or took over a minute, is not repeated. */
    private Timings plain(String url, int size, int runs) throws IOException {
        Timings times = new Timings();
        for (int i = 1; i <= runs; i++) {
            JsonNode marks = cold(url, null);
            System.out.println("plain %,d items, run %d: %s".formatted(size, i, describe(marks)));
            if (!marks.has("painted")) {
                break;
            }
            times.add(marks.path("painted").asDouble());
            if (marks.path("painted").asDouble() > 60_000) {
                break;
            }
        }
        return times;
    }

    private String plainSummary(Timings times) {
        return times.count() == 0 ? "not painted within " + Timings.ms(timeout) + " ms" : times.summary();
    }

    private String plainRatio(Timings timeline, Timings plain) {
        return plain.count() == 0
                ? "below " + ratio(timeline.median(), timeout)
                : ratio(timeline.median(), plain.median());
    }

    /** The application's own page must paint: a run that did not is a failure, not a figure. */
    private JsonNode painted(JsonNode marks) {
        if (!marks.has("painted")) {
            throw new IllegalStateException("The timeline did not paint within " + Timings.ms(timeout) + " ms");
        }
        return marks;
    }

    /** One navigation in a fresh context: the marks, or {@code painted} missing when it did not paint in time. */
    private JsonNode cold(String url, Path tracePath) throws IOException {
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            if (tracePath != null) {
                browser.startTracing(page, new Browser.StartTracingOptions().setScreenshots(false));
            }
            JsonNode marks = measure(page, url);
            if (tracePath != null) {
                byte[] trace = browser.stopTracing();
                Files.write(tracePath, trace);
                System.out.println("trace of " + url + " (" + describe(marks) + ") in " + tracePath + ":");
                ChromeTrace.summary(trace, 12).forEach(line -> System.out.println("  " + line));
            }
            return marks;
        }
    }

    private void traced(String url, String name) throws IOException {
        cold(url, PackagedApp.WORK.resolve(name + "-trace.json"));
    }

    /** One context: a first navigation fills the cache (not counted), then {@code runs} navigations again. */
    private Timings warm(String url, int runs) throws IOException {
        Timings times = new Timings();
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            measure(page, url);
            for (int i = 1; i <= runs; i++) {
                JsonNode marks = painted(measure(page, url));
                times.add(marks.path("painted").asDouble());
                System.out.println("warm " + i + ": " + describe(marks));
            }
        }
        return times;
    }

    private BrowserContext newContext() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        context.addInitScript(painted);
        return context;
    }

    private JsonNode measure(Page page, String url) throws IOException {
        page.navigate(url, new Page.NavigateOptions().setTimeout(timeout));
        try {
            page.waitForFunction(
                    "() => window.__bench && window.__bench.painted !== undefined",
                    null,
                    new Page.WaitForFunctionOptions().setTimeout(timeout).setPollingInterval(50));
        } catch (PlaywrightException notPainted) {
            // A page still busy drawing answers no script: nothing more can be asked of it.
            System.out.println("  not painted within " + Timings.ms(timeout) + " ms");
            return JSON.createObjectNode();
        }
        return JSON.readTree(JSON.writeValueAsString(page.evaluate(MARKS)));
    }

    private static String describe(JsonNode m) {
        return String.format(
                Locale.ROOT,
                "painted %s ms (first byte %s, DOMContentLoaded %s, load %s, chart element %s, items %s, laid out %s;"
                        + " %d requests, %,.0f KB; server requests (start–end) %s; %d items drawn)",
                Timings.ms(m.path("painted").asDouble(Double.NaN)),
                Timings.ms(m.path("firstByte").asDouble(Double.NaN)),
                Timings.ms(m.path("domContentLoaded").asDouble(Double.NaN)),
                Timings.ms(m.path("load").asDouble(Double.NaN)),
                Timings.ms(m.path("element").asDouble(Double.NaN)),
                Timings.ms(m.path("items").asDouble(Double.NaN)),
                Timings.ms(m.path("laidOut").asDouble(Double.NaN)),
                m.path("requests").asInt(),
                m.path("kilobytes").asDouble(),
                m.path("serverRoundTrips").asText("–"),
                m.path("drawn").asInt());
    }

    private static String ratio(double ours, double plain) {
        return Double.isNaN(plain) ? "–" : String.format(Locale.ROOT, "%.2f", ours / plain);
    }

    private static LocalDate day(JsonNode marks, String field, LocalDate otherwise) {
        return marks == null || !marks.path(field).isNumber()
                ? otherwise
                : LocalDate.ofInstant(Instant.ofEpochMilli(marks.path(field).asLong()), ZoneOffset.UTC);
    }

    /** The chronology's events as the read API gives them (its first 1,000). */
    private static JsonNode events(String base) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/api/events?size=1000"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path("items");
    }
}
