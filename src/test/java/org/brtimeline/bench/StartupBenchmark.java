package org.brtimeline.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Start-up to ready: {@code java -jar target/br-timeline-*.jar} started as a new process, until the first HTTP 200 on
 * {@code /}, and the time Spring logs ("Started Application in X seconds"), over several starts on the same database.
 *
 * <pre>
 * StartupBenchmark [--runs=3] [--fresh] [--profile] [--jvm=…]
 *                  [--spring.datasource.url=… --app.search.index-root=… …]
 * </pre>
 *
 * Without a datasource it runs on the corpus database of {@code target/bench/corpus}; {@code --fresh} deletes it
 * first, so that the first start creates the schema, imports the corpus and builds the search index (reported apart
 * from the restarts). With a datasource, give the index folder that belongs to it too: an index that does not match
 * the database is rebuilt at start, which is then what is measured. {@code --profile} adds a start recorded by JFR
 * ({@code target/bench/startup.jfr}, not counted) and prints where its CPU samples went.
 */
public final class StartupBenchmark {

    public static void main(String[] args) throws Exception {
        Arguments arguments = Arguments.parse(args, Set.of("runs", "fresh", "profile"));
        System.out.println("StartupBenchmark " + String.join(" ", args) + " — " + Instant.now());
        if (arguments.flag("fresh")) {
            PackagedApp.forgetCorpusDatabase();
        }
        Timings ready = new Timings();
        Timings started = new Timings();
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= arguments.number("runs", 3); i++) {
            try (PackagedApp app = PackagedApp.launch(arguments, "startup-" + i)) {
                double toReady = app.awaitReady();
                double spring = app.startedMillis();
                String kind = i == 1 && arguments.flag("fresh") ? "first start (new database)" : "start";
                String row = String.format(
                        Locale.ROOT,
                        "| %d | %s | %s ms | %s ms | %s ms |",
                        i,
                        kind,
                        Timings.ms(toReady),
                        Timings.ms(spring),
                        Timings.ms(app.processMillis()));
                System.out.println(row);
                app.phases()
                        .forEach((phase, at) ->
                                System.out.printf(Locale.ROOT, "    %8s ms  %s%n", Timings.ms(at), phase));
                rows.add(row);
                if (!(i == 1 && arguments.flag("fresh"))) {
                    ready.add(toReady);
                    started.add(spring);
                }
            }
        }
        System.out.println();
        System.out.println("| run | kind | first 200 on / | \"Started Application in\" | JVM running for |");
        System.out.println("| ---: | --- | ---: | ---: | ---: |");
        rows.forEach(System.out::println);
        System.out.println("starts on an existing database: first 200 on / " + ready.summary()
                + "; \"Started Application in\" " + started.summary());
        if (arguments.flag("profile")) {
            profile(arguments);
        }
    }

    /** One more start, not counted, recorded by JFR from the JVM's start until the first page. */
    private static void profile(Arguments arguments) throws Exception {
        List<String> flightRecorder = List.of("-XX:StartFlightRecording=name=bench,settings=profile");
        try (PackagedApp app = PackagedApp.launch(arguments, flightRecorder, "startup-profiled")) {
            System.out.println("profiled start: first 200 on / after " + Timings.ms(app.awaitReady()) + " ms");
            Path recording = PackagedApp.WORK.resolve("startup.jfr");
            app.stopRecording(recording);
            JfrSummary.print(recording, 20);
        }
    }
}
