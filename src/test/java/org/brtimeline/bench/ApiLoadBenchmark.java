package org.brtimeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The read API under concurrent load from a second process: {@code wrk} (closed loop: a fixed number of connections,
 * each sending its next request when the previous answer came) asking {@code docs/bench/windows.lua}'s windows of a
 * week, a month or a year at random places, after a warm-up run of the same kind (not counted).
 *
 * <pre>
 * ApiLoadBenchmark [URL] [--threads=2] [--connections=16] [--duration=30s] [--warm-up=10s]
 *                  [--from=2020-01-01] [--to=2023-12-31] [--profile] [--jvm=…] [--spring.datasource.url=… …]
 * </pre>
 *
 * Without a URL it starts {@code target/br-timeline-*.jar} itself and also reports the CPU the server used. The CPU
 * of wrk (this process's waited-for children) is reported either way: client and server share the machine's cores.
 * {@code --profile} records the server during the measured run with JFR ({@code target/bench/api.jfr}) and prints
 * where its CPU samples went (which slows it a little).
 */
public final class ApiLoadBenchmark {

    private static final double TICKS = 100; // USER_HZ: /proc reports CPU times in 1/100 s on Linux

    public static void main(String[] args) throws Exception {
        Arguments arguments =
                Arguments.parse(args, Set.of("threads", "connections", "duration", "warm-up", "from", "to", "profile"));
        System.out.println("ApiLoadBenchmark " + String.join(" ", args) + " — " + Instant.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores");
        PackagedApp app = null;
        String base;
        if (arguments.words().isEmpty()) {
            app = PackagedApp.launch(arguments, "api-app");
            app.awaitReady();
            base = app.url("");
        } else {
            base = arguments.words().get(0).replaceFirst("/$", "");
        }
        try {
            List<String> range = List.of(arguments.text("from", "2020-01-01"), arguments.text("to", "2023-12-31"));
            System.out.println("warm-up:");
            wrk(arguments, base, arguments.text("warm-up", "10s"), range);
            boolean profile = app != null && arguments.flag("profile");
            if (profile) {
                app.startRecording();
            }
            // CPU read right around wrk: jcmd, a child of this process too, must not count as the client's.
            long serverBefore = app == null ? 0 : cpuTicks("/proc/" + app.pid() + "/stat", 14);
            long clientBefore = cpuTicks("/proc/self/stat", 16);
            long start = System.nanoTime();
            System.out.println("measured:");
            String result = wrk(arguments, base, arguments.text("duration", "30s"), range);
            double wall = (System.nanoTime() - start) / 1e9;
            double client = (cpuTicks("/proc/self/stat", 16) - clientBefore) / TICKS;
            double server = app == null ? 0 : (cpuTicks("/proc/" + app.pid() + "/stat", 14) - serverBefore) / TICKS;
            if (profile) {
                Path recording = PackagedApp.WORK.resolve("api.jfr");
                app.stopRecording(recording);
                JfrSummary.print(recording, 15);
            }
            System.out.println();
            System.out.println("| req/s | p50 | p99 | max | requests |");
            System.out.println("| ---: | ---: | ---: | ---: | --- |");
            System.out.print(result);
            System.out.printf(Locale.ROOT, "CPU over %.1f s: wrk %.1f s (%.2f cores)", wall, client, client / wall);
            if (app != null) {
                System.out.printf(Locale.ROOT, ", server %.1f s (%.2f cores)", server, server / wall);
            }
            System.out.println(", of " + Runtime.getRuntime().availableProcessors() + " cores");
        } finally {
            if (app != null) {
                app.close();
            }
        }
    }

    /** Runs wrk, echoes its report and gives the Markdown row the script's {@code done} writes. */
    private static String wrk(Arguments arguments, String base, String duration, List<String> range)
            throws IOException, InterruptedException {
        Path script = Path.of("docs", "bench", "windows.lua");
        List<String> command = new ArrayList<>(List.of(
                "wrk",
                "-t" + arguments.text("threads", "2"),
                "-c" + arguments.text("connections", "16"),
                "-d" + duration,
                "--latency",
                "-s",
                script.toString(),
                base));
        command.add("--");
        command.addAll(range);
        System.out.println("  " + String.join(" ", command));
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes());
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed (is it installed? apt-get install -y wrk): " + output);
        }
        output.lines().forEach(line -> System.out.println("  " + line));
        return output.lines().filter(line -> line.startsWith("| ")).findFirst().orElse("") + "\n";
    }

    /**
     * The sum of two consecutive CPU-time fields of a {@code /proc/<pid>/stat} line, numbered as in proc(5):
     * {@code utime, stime} (14) for the process itself, {@code cutime, cstime} (16) for its reaped children.
     */
    private static long cpuTicks(String stat, int field) throws IOException {
        String line = Files.readString(Path.of(stat));
        // The fields after the command's closing parenthesis start at the third.
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[field - 3]) + Long.parseLong(fields[field - 2]);
    }
}
