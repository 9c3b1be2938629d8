package org.brtimeline.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.brtimeline.BrowserSession;

/**
 * The server's memory per open Vaadin session on the timeline page: the packaged application in its own JVM, its live
 * heap (every object that survives a full GC, from {@code jcmd <pid> GC.class_histogram}) before and after N browser
 * contexts (N sessions) have opened {@code /timeline} and painted it, all kept open.
 *
 * <pre>
 * SessionMemoryBenchmark [--sessions=20,50] [--warm-up=3] [--path=/timeline] [--jvm=…] [--spring.datasource.url=… …]
 * </pre>
 *
 * The sessions are opened in steps (20, then 30 more up to 50); each step prints (after − before) / N and the classes
 * whose live bytes grew most. The warm-up sessions (opened and kept before "before") load the classes and fill the
 * application's caches, so that the difference is what sessions hold.
 */
public final class SessionMemoryBenchmark {

    private record Histogram(long bytes, Map<String, Long> byClass) {}

    public static void main(String[] args) throws Exception {
        Arguments arguments = Arguments.parse(args, Set.of("sessions", "warm-up", "path"));
        System.out.println("SessionMemoryBenchmark " + String.join(" ", args) + " — " + Instant.now());
        String painted;
        try (InputStream script = SessionMemoryBenchmark.class.getResourceAsStream("painted.js")) {
            painted = new String(script.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<BrowserContext> open = new ArrayList<>();
        try (PackagedApp app = PackagedApp.launch(PackagedApp.jar(), arguments.jvm(), arguments.app(), "memory-app");
                BrowserSession session = BrowserSession.start()) {
            app.awaitReady();
            String url = app.url(arguments.text("path", "/timeline"));
            for (int i = 0; i < arguments.number("warm-up", 3); i++) {
                open.add(openSession(session.browser(), url, painted));
            }
            Histogram before = liveHeap(app.pid());
            System.out.printf(
                    Locale.ROOT,
                    "before: %,d bytes live after GC (%d warm-up sessions open)%n",
                    before.bytes(),
                    open.size());
            int warmUp = open.size();
            List<String> rows = new ArrayList<>();
            for (int target : arguments.numbers("sessions", List.of(20, 50))) {
                while (open.size() - warmUp < target) {
                    open.add(openSession(session.browser(), url, painted));
                }
                Histogram after = liveHeap(app.pid());
                double perSession = (after.bytes() - before.bytes()) / (double) target / 1024;
                String row = String.format(
                        Locale.ROOT,
                        "| %d sessions on %s | before %,d KB, after %,d KB | **%,.0f KB per session** |",
                        target,
                        arguments.text("path", "/timeline"),
                        before.bytes() / 1024,
                        after.bytes() / 1024,
                        perSession);
                System.out.println(row);
                rows.add(row);
                printGrowth(before, after, target);
            }
            System.out.println();
            System.out.println("| sessions | live heap after GC | (after − before) / N |");
            rows.forEach(System.out::println);
        } finally {
            for (BrowserContext context : open) {
                context.close();
            }
        }
    }

    private static BrowserContext openSession(Browser browser, String url, String painted) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        context.addInitScript(painted);
        Page page = context.newPage();
        page.navigate(url, new Page.NavigateOptions().setTimeout(120_000));
        page.waitForFunction(
                "() => window.__bench && window.__bench.painted !== undefined",
                null,
                new Page.WaitForFunctionOptions().setTimeout(120_000).setPollingInterval(100));
        return context;
    }

    /**
     * The objects alive after a full GC (which {@code GC.class_histogram} runs first), by class. Taken twice, the
     * second kept: the first collection may leave objects whose finalizers or reference processing free them later.
     */
    static Histogram liveHeap(long pid) throws IOException, InterruptedException {
        histogram(pid);
        Thread.sleep(1000);
        return histogram(pid);
    }

    private static Histogram histogram(long pid) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + output);
        }
        Map<String, Long> byClass = new HashMap<>();
        long total = -1;
        for (String line : output.lines().toList()) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length >= 4 && columns[0].endsWith(":")) {
                byClass.merge(columns[3], Long.parseLong(columns[2]), Long::sum);
            } else if (columns.length == 3 && columns[0].equals("Total")) {
                total = Long.parseLong(columns[2]);
            }
        }
        if (total < 0) {
            throw new IllegalStateException("No total in jcmd's histogram: " + output);
        }
        return new Histogram(total, byClass);
    }

    private static void printGrowth(Histogram before, Histogram after, int sessions) {
        System.out.println("  grew most (bytes per session, by class):");
        after.byClass().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.byClass().getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(15)
                .forEach(e -> System.out.printf(
                        Locale.ROOT, "    %,10.0f  %s%n", e.getValue() / (double) sessions, e.getKey()));
    }
}
