package org.brtimeline.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged application ({@code target/br-timeline-*.jar}) started as a separate JVM on a free port, as in
 * production: {@code java [jvm options] -jar the.jar [application arguments]}. Without a
 * {@code --spring.datasource.url=} (or a {@code --spring.profiles.active=} that brings one) it runs on the corpus-only
 * H2 database in {@code target/bench/corpus} (created and filled with the corpus at its first start), with its search
 * index beside it. The process runs in {@code target/bench}, so that nothing lands in the project's own {@code data/}
 * (relative paths in the application's arguments are relative to that folder). Integration tests that need the
 * application as it runs in production (its own JVM and heap, signals) start it here too.
 */
public final class PackagedApp implements AutoCloseable {

    static final Path WORK = Path.of("target", "bench").toAbsolutePath();
    static final Path CORPUS_DATA = WORK.resolve("corpus");
    private static final Pattern STARTED =
            Pattern.compile("Started Application in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(15);
    /** Log lines that mark the steps of a start, in the order they come. */
    private static final Map<String, Pattern> PHASES = phases(
            "JVM up, Spring starts", "Starting Application",
            "repositories scanned", "Finished Spring Data repository scanning",
            "web server created", "Tomcat initialized",
            "web context ready", "Root WebApplicationContext: initialization completed",
            "database connected", "HikariPool-1 - Start completed",
            "migrations checked", "Successfully (validated|applied)",
            "JPA and search ready", "Initialized JPA EntityManagerFactory",
            "security configured", "Global AuthenticationManager configured",
            "corpus imported or checked", "CorpusStartup",
            "search index rebuild begins", "rebuilding the index",
            "search index rebuilt", "Mass indexing complete",
            "Vaadin ready", "Vaadin is running in production mode",
            "web server listening", "Tomcat started on port",
            "started", "Started Application in");

    private final Process process;
    private final int port;
    private final int managementPort;
    private final long launched;
    private final Path log;
    private volatile String started;
    private volatile double startedSeconds = Double.NaN;
    private volatile double processSeconds = Double.NaN;
    private final Map<String, Double> phases = new ConcurrentHashMap<>();

    private PackagedApp(Process process, int port, int managementPort, long launched, Path log) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.launched = launched;
        this.log = log;
        Thread reader = new Thread(this::copyLog, "app-log");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts the application given by the arguments ({@code --jar=}, else the newest built one) with their JVM options
     * and application arguments. Returns at once: {@link #awaitReady()} waits for the first page.
     */
    static PackagedApp launch(Arguments arguments, String name) throws IOException {
        return launch(arguments, List.of(), name);
    }

    /** The same with more JVM options. */
    static PackagedApp launch(Arguments arguments, List<String> moreJvmOptions, String name) throws IOException {
        Path jar = arguments.options().containsKey("jar") ? Path.of(arguments.text("jar", "")) : newestJar();
        List<String> jvmOptions = new ArrayList<>(arguments.jvm());
        jvmOptions.addAll(moreJvmOptions);
        return launch(jar, jvmOptions, arguments.app(), name);
    }

    /**
     * Starts the newest built application with these JVM options and application arguments (the log goes to
     * {@code target/bench/<name>.log}). Returns at once: {@link #awaitReady()} waits for the first page.
     */
    public static PackagedApp launch(List<String> jvmOptions, List<String> appArguments, String name)
            throws IOException {
        return launch(newestJar(), jvmOptions, appArguments, name);
    }

    /**
     * The same, started as the README's fast start: unpacked, with its class data sharing archive ({@link FastStart},
     * made first when this build has none).
     */
    public static PackagedApp launchFast(List<String> jvmOptions, List<String> appArguments, String name)
            throws IOException, InterruptedException {
        FastStart fast = FastStart.ofNewestJar();
        List<String> options = new ArrayList<>(fast.jvmOptions());
        options.addAll(jvmOptions);
        return launch(fast.jar(), options, appArguments, name);
    }

    private static PackagedApp launch(Path jar, List<String> jvmOptions, List<String> appArguments, String name)
            throws IOException {
        Files.createDirectories(WORK);
        int port = freePort();
        int managementPort = freePort();
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(withDefaults(appArguments));
        command.add("--server.port=" + port);
        command.add("--management.server.port=" + managementPort);
        Path log = WORK.resolve(name + ".log");
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true);
        long launched = System.nanoTime();
        Process process = builder.start();
        System.out.println("started " + name + " (pid " + process.pid() + ", port " + port + ", log " + log + "):");
        System.out.println("  " + String.join(" ", command));
        return new PackagedApp(process, port, managementPort, launched, log);
    }

    /** The corpus-only database unless a datasource or a profile (such as {@code postgres}) is given; its index. */
    private static List<String> withDefaults(List<String> appArguments) {
        List<String> arguments = new ArrayList<>(appArguments);
        if (appArguments.stream()
                .noneMatch(
                        a -> a.startsWith("--spring.datasource.url=") || a.startsWith("--spring.profiles.active="))) {
            arguments.add("--spring.datasource.url=jdbc:h2:file:" + CORPUS_DATA.resolve("timeline")
                    + ";DB_CLOSE_ON_EXIT=FALSE");
            if (appArguments.stream().noneMatch(a -> a.startsWith("--app.search.index-root="))) {
                arguments.add("--app.search.index-root=" + CORPUS_DATA.resolve("index"));
            }
        }
        return arguments;
    }

    /** Deletes the corpus database and its index, so that the next start creates, fills and indexes them again. */
    static void forgetCorpusDatabase() throws IOException {
        deleteRecursively(CORPUS_DATA);
    }

    /** Deletes a folder and all it holds; nothing when it is not there. */
    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /**
     * The packaged application's {@code import-articles} command on a folder, as a process of its own (output and
     * errors in one stream), on the given database, with its search index and admin password file beside the folder.
     */
    public static Process importArticles(Path folder, String database) throws IOException {
        return importArticles(List.of("-jar", newestJar().toAbsolutePath().toString()), folder, database);
    }

    /** The same, started as the README's fast start ({@link FastStart}). */
    public static Process importArticlesFast(Path folder, String database) throws IOException, InterruptedException {
        FastStart fast = FastStart.ofNewestJar();
        List<String> start = new ArrayList<>(fast.jvmOptions());
        start.addAll(List.of("-jar", fast.jar().toString()));
        return importArticles(start, folder, database);
    }

    private static Process importArticles(List<String> start, Path folder, String database) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(start);
        command.addAll(List.of(
                "import-articles",
                folder.toString(),
                "--spring.datasource.url=" + database,
                "--app.search.index-root=" + folder.toAbsolutePath().getParent().resolve("index"),
                "--app.admin.password-file="
                        + folder.toAbsolutePath().getParent().resolve("admin-password")));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** This JVM's {@code java}, which runs the application too. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The newest {@code target/br-timeline-*.jar} (built by {@code ./mvnw -o package -DskipTests}). */
    public static Path newestJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("br-timeline-.*\\.jar"))
                    .max(Comparator.comparing(f -> f.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException(
                            "No target/br-timeline-*.jar: build it with ./mvnw -o package -DskipTests"));
        }
    }

    /**
     * Waits for the first HTTP 200 on {@code /}, asking every 50 ms, and gives the time from launch in milliseconds.
     */
    public double awaitReady() throws IOException, InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest home = HttpRequest.newBuilder(URI.create(url("/")))
                .timeout(Duration.ofSeconds(60))
                .build();
        long deadline = launched + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "The application stopped (exit " + process.exitValue() + "); see " + log);
            }
            try {
                if (client.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - launched) / 1e6;
                }
            } catch (IOException notListeningYet) {
                // The port opens only once the application context has started.
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("No answer on / after " + READY_TIMEOUT + "; see " + log);
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** An address on the management port (health, metrics). */
    public String managementUrl(String path) {
        return "http://localhost:" + managementPort + path;
    }

    public long pid() {
        return process.pid();
    }

    /** The process, for a test that stops it its own way. */
    public Process process() {
        return process;
    }

    /** The application's output so far. */
    public String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** A full garbage collection in the application ({@code jcmd <pid> GC.run}). */
    public void collectGarbage() throws IOException, InterruptedException {
        jcmd("GC.run");
    }

    /** The "Started Application in X seconds" line (waiting up to 10 s for it to be logged); milliseconds. */
    double startedMillis() throws InterruptedException {
        for (int i = 0; i < 200 && started == null; i++) {
            Thread.sleep(50);
        }
        return startedSeconds * 1000;
    }

    /** The same line's "process running for Y" (which counts the JVM's own start too); milliseconds. */
    double processMillis() {
        return processSeconds * 1000;
    }

    /** When each step of the start was logged (milliseconds since launch), in order; steps not logged are left out. */
    Map<String, Double> phases() {
        Map<String, Double> inOrder = new LinkedHashMap<>();
        phases.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .forEach(e -> inOrder.put(e.getKey(), e.getValue()));
        return inOrder;
    }

    private static Map<String, Pattern> phases(String... namesAndPatterns) {
        Map<String, Pattern> phases = new LinkedHashMap<>();
        for (int i = 0; i < namesAndPatterns.length; i += 2) {
            phases.put(namesAndPatterns[i], Pattern.compile(namesAndPatterns[i + 1]));
        }
        return phases;
    }

    /** Starts a flight recording (JFR's "profile" settings: a CPU sample every 10 ms) of the running application. */
    void startRecording() throws IOException, InterruptedException {
        jcmd("JFR.start", "name=bench", "settings=profile");
    }

    /** Stops the recording and writes it to {@code file}. */
    void stopRecording(Path file) throws IOException, InterruptedException {
        jcmd("JFR.stop", "name=bench", "filename=" + file.toAbsolutePath());
    }

    private void jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid())));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0 || output.contains("Could not")) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + output);
        }
    }

    private void copyLog() {
        try (BufferedReader lines =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = lines.readLine()) != null) {
                out.println(line);
                for (Map.Entry<String, Pattern> phase : PHASES.entrySet()) {
                    if (phase.getValue().matcher(line).find()) {
                        phases.putIfAbsent(phase.getKey(), (System.nanoTime() - launched) / 1e6);
                    }
                }
                Matcher m = STARTED.matcher(line);
                if (m.find()) {
                    startedSeconds = Double.parseDouble(m.group(1));
                    processSeconds = Double.parseDouble(m.group(2));
                    started = m.group();
                }
            }
        } catch (IOException e) {
            // The stream is closed under the reader when the process ends: the log is complete.
            if (process.isAlive()) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Stops the application as an operator would (SIGTERM, a graceful shutdown), forcibly after 60 s. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        // The handle's destroy, not the process's: that one also closes the output before the log is written out.
        process.toHandle().destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
