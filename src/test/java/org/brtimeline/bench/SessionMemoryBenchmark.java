package org.brtimeline.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * SessionMemoryBenchmark [--sessions=20,50] [--warm-up=3] [--path=/timeline] [--heap-dump] [--jvm=…]
 *                        [--spring.datasource.url=… …]
 * </pre>
 *
 * The sessions are opened in steps (20, then 30 more up to 50); each step prints (after − before) / N and the classes
 * whose live bytes grew most. The warm-up sessions (opened and kept before "before") load the classes and fill the
 * application's caches, so that the difference is what sessions hold. Another page ({@code --path=/login}) shows
 * what a session costs without the timeline. {@code --heap-dump} writes {@code target/bench/sessions.hprof} at the
 * end, with the sessions open, for a heap analyser.
 */
public final class SessionMemoryBenchmark {

    private record Histogram(long bytes, Map<String, Long> byClass) {}

    public static void main(String[] args) throws Exception {
        Arguments arguments = Arguments.parse(args, Set.of("sessions", "warm-up", "path", "heap-dump"));
        System.out.println("SessionMemoryBenchmark " + String.join(" ", args) + " — " + Instant.now());
        String painted;
        try (InputStream script = SessionMemoryBenchmark.class.getResourceAsStream("painted.js")) {
            painted = new String(script.readAllBytes(), StandardCharsets.UTF_8);
        }
        // The contexts stay open until the browser closes, with it, at the end.
        List<BrowserContext> open = new ArrayList<>();
        try (PackagedApp app = PackagedApp.launch(arguments, "memory-app");
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
            if (arguments.flag("heap-dump")) {
                Path dump = PackagedApp.WORK.resolve("sessions.hprof");
                Files.deleteIfExists(dump);
                jcmd(app.pid(), "GC.heap_dump", dump.toString());
                System.out.println("heap dump with the sessions open: " + dump);
            }
        }
    }

    /** A new session: a fresh context on the page, until its chart has painted (or, on a page without one, idle). */
    private static BrowserContext openSession(Browser browser, String url, String painted) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        context.addInitScript(painted);
        Page page = context.newPage();
        page.navigate(url, new Page.NavigateOptions().setTimeout(120_000));
        page.waitForLoadState(LoadState.NETWORKIDLE, new Page.WaitForLoadStateOptions().setTimeout(120_000));
        if (page.locator("br-timeline").count() > 0) {
            page.waitForFunction(
                    "() => window.__bench && window.__bench.painted !== undefined",
                    null,
                    new Page.WaitForFunctionOptions().setTimeout(120_000).setPollingInterval(100));
        }
        return context;
    }

    /**
     * The objects alive after a full GC (which {@code GC.class_histogram} runs first), by class, once they no longer
     * change: a histogram every 5 s until two in a row are within 64 KB (at most a minute). Right after pages were
     * served the heap still holds objects that are only freed later: resources that cleaners close after a first
     * collection (such as file systems opened on the jar to serve static files), which would hide the sessions.
     */
    static Histogram liveHeap(long pid) throws IOException, InterruptedException {
        Histogram last = histogram(pid);
        for (int i = 0; i < 12; i++) {
            Thread.sleep(5000);
            Histogram next = histogram(pid);
            boolean settled = Math.abs(next.bytes() - last.bytes()) < 64 * 1024;
            last = next;
            if (settled) {
                break;
            }
        }
        return last;
    }

    private static Histogram histogram(long pid) throws IOException, InterruptedException {
        String output = jcmd(pid, "GC.class_histogram");
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

    private static String jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + output);
        }
        return output;
    }

    /** The classes whose live bytes grew most, and those that shrank most (which would hide growth elsewhere). */
    private static void printGrowth(Histogram before, Histogram after, int sessions) {
        Map<String, Long> change = new HashMap<>();
        before.byClass().forEach((type, bytes) -> change.merge(type, -bytes, Long::sum));
        after.byClass().forEach((type, bytes) -> change.merge(type, bytes, Long::sum));
        System.out.println("  grew most (bytes per session, by class):");
        change.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(15)
                .forEach(e -> System.out.printf(
                        Locale.ROOT, "    %,10.0f  %s%n", e.getValue() / (double) sessions, e.getKey()));
        System.out.println("  shrank most (bytes in all):");
        change.entrySet().stream()
                .filter(e -> e.getValue() < 0)
                .sorted(Map.Entry.comparingByValue())
                .limit(5)
                .forEach(e -> System.out.printf(Locale.ROOT, "    %,10d  %s%n", e.getValue(), e.getKey()));
    }
}
