package org.brtimeline.chronology;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.brtimeline.Application;
import org.brtimeline.generate.SyntheticChronology;
import org.brtimeline.timeline.TimelineService;
import org.brtimeline.timeline.TimelineWindow;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How long the server works for each reader interaction with 100,000 and 1,000,000 events: a
 * fresh database (H2 in a file, or an embedded PostgreSQL) with the real migrations and the
 * corpus, synthetic articles and events inserted by JDBC batches ({@link SyntheticChronology}, as the
 * {@code generate} command does; about 50 events per article), then the real {@link ChronologyService}
 * calls behind the timeline (window moves), the chronology list (pages and count), the search and
 * the first window's extent. Each is run twice to warm up and then 7 times (once to warm up and 3
 * times when a call takes over 2 s, only once when it takes over 10 s), each time with a window
 * moved by a tenth of its width as a drag would and after a change to one event (see {@link #touch()}); prints
 * the median, min and max in milliseconds, the SQL statements Hibernate sent for one call and
 * what came back. Not a test: run by hand (docs/performance.md).
 *
 * <pre>TimelineBenchmark [h2|postgres|opensearch] [events...]    e.g. h2 100000 1000000</pre>
 *
 * <p>{@code opensearch} is PostgreSQL with the search index in an OpenSearch node started inside this JVM (the
 * {@code opensearch} profile, as several nodes run), instead of the embedded Lucene index.
 *
 * <p>After those rows, the <em>reader paths</em> are measured for percentiles: {@value #PERCENTILE_RUNS} calls each
 * (after {@value #PERCENTILE_WARM_UP} not counted) of the timeline's window at random places of 2020–2023 for each zoom
 * level, the list's search (first page, best match first, with its count) for a common, a rare and a two-word text,
 * and the API's page of 100 for a random week and month; p50, p95, p99 and max.
 *
 * <p>{@code -Dbenchmark.keep=true} keeps the H2 database folder afterwards, to look at query plans;
 * {@code -Dbenchmark.folder=PATH} uses (and keeps) that folder for H2's file and the index, and adds no events when it
 * holds as many as asked already (a database filled by an earlier run);
 * {@code -Dbenchmark.sql=false} leaves out the rows of the database's own queries (slow at a million events), keeping
 * the index rows and the percentiles.
 */
public final class TimelineBenchmark {

    /** What the timeline view asks for (TimelineView.MAX_EVENTS). */
    private static final int MAX_EVENTS = 300;
    /** Vaadin's Grid asks for pages of 50 rows. */
    private static final int LIST_PAGE = 50;

    private static final LocalDate CENTRE = LocalDate.of(2021, 6, 15);
    private static final long SLOW_NANOS = 2_000_000_000L;
    private static final long VERY_SLOW_NANOS = 10_000_000_000L;
    private static final int PERCENTILE_RUNS = 200;
    private static final int PERCENTILE_WARM_UP = 20;
    private static final LocalDate RANDOM_FROM = LocalDate.of(2020, 1, 1);
    private static final int RANDOM_DAYS = 4 * 365;

    private final ChronologyService chronology;
    private final TimelineService timelines;
    private final Statistics statistics;
    private final DataSource dataSource;
    private final List<String> table = new ArrayList<>();
    private final List<String> percentiles = new ArrayList<>();
    private IndexLookup index;
    private org.springframework.transaction.support.TransactionTemplate readOnly;

    private TimelineBenchmark(
            ChronologyService chronology, TimelineService timelines, Statistics statistics, DataSource dataSource) {
        this.chronology = chronology;
        this.timelines = timelines;
        this.statistics = statistics;
        this.dataSource = dataSource;
    }

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int[] sizes = args.length > 1
                ? Arrays.stream(args, 1, args.length)
                        .mapToInt(Integer::parseInt)
                        .toArray()
                : new int[] {100_000, 1_000_000};
        String kept = System.getProperty("benchmark.folder");
        Path folder =
                kept == null ? Files.createTempDirectory("timeline-benchmark") : Files.createDirectories(Path.of(kept));
        boolean openSearch = "opensearch".equals(database);
        EmbeddedPostgres postgres = "postgres".equals(database) || openSearch ? startPostgres(folder) : null;
        org.brtimeline.OpenSearchServer search = openSearch ? org.brtimeline.OpenSearchServer.start() : null;
        Map<String, Object> properties = new HashMap<>(Map.of(
                "spring.jpa.properties.hibernate.generate_statistics", "true",
                "logging.level.root", "warn",
                "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener", "off",
                "spring.main.banner-mode", "off",
                // The web server is started (on a free loopback port, never used): the security configuration needs a
                // servlet context.
                "server.port", "0",
                "server.address", "127.0.0.1",
                "vaadin.productionMode", "true",
                // The search index of the benchmark's database lives next to it, not in the project's data/index.
                "app.search.index-root", folder.resolve("index").toString()));
        if (postgres != null) {
            properties.put("spring.profiles.active", openSearch ? "postgres,opensearch" : "postgres");
            if (openSearch) {
                properties.put("SEARCH_HOSTS", search.hosts());
            }
            properties.put("DB_URL", postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
            properties.put("DB_USER", "postgres");
            properties.put("DB_PASSWORD", "postgres");
        } else {
            properties.put(
                    "spring.datasource.url", "jdbc:h2:file:" + folder.resolve("timeline") + ";DB_CLOSE_ON_EXIT=FALSE");
        }
        System.out.printf(
                "Timeline benchmark on %s, %d cores, max heap %d MiB, data in %s%n",
                database,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                folder);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .logStartupInfo(false)
                .run(arguments(properties))) {
            DataSource dataSource = context.getBean(DataSource.class);
            Statistics statistics = context.getBean(EntityManagerFactory.class)
                    .unwrap(SessionFactory.class)
                    .getStatistics();
            TimelineBenchmark benchmark = new TimelineBenchmark(
                    context.getBean(ChronologyService.class),
                    context.getBean(TimelineService.class),
                    statistics,
                    dataSource);
            benchmark.index = context.getBean(IndexLookup.class);
            benchmark.readOnly = new org.springframework.transaction.support.TransactionTemplate(
                    context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
            benchmark.readOnly.setReadOnly(true);
            SyntheticChronology data = new SyntheticChronology(dataSource);
            int stored = 0;
            long found = benchmark.eventRows();
            for (int size : sizes) {
                if (found >= size) {
                    // A kept database (-Dbenchmark.folder) that holds them already, with its index.
                    System.out.printf("%,d events found in %s: none added%n", found, folder);
                    stored = size;
                    benchmark.run(size);
                    continue;
                }
                long started = System.nanoTime();
                data.add(size - stored, Math.max(1, (size - stored) / 50), 42, (unit, done, total) -> {});
                double seconds = (System.nanoTime() - started) / 1e9;
                stored = size;
                double analyse = analyse(dataSource, postgres != null);
                long indexing = System.nanoTime();
                context.getBean(SearchIndex.class).rebuild();
                System.out.printf("search index rebuilt in %.0f s%n", (System.nanoTime() - indexing) / 1e9);
                System.out.printf(
                        "%n%,d events stored (%,d added by JDBC batches in %.0f s; statistics in %.0f s)%n",
                        benchmark.chronology.count(new EventQuery(null, null, null, null, null, null, true)),
                        size,
                        seconds,
                        analyse);
                benchmark.run(size);
            }
            System.out.println();
            System.out.println("| interaction | events | median ms | min ms | max ms | SQL statements | answer |");
            System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
            benchmark.table.forEach(System.out::println);
            System.out.println();
            System.out.println(
                    "| reader path | events | runs | p50 ms | p95 ms | p99 ms | max ms | answer (last run) |");
            System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
            benchmark.percentiles.forEach(System.out::println);
        } finally {
            if (search != null) {
                search.close();
            }
            if (postgres != null) {
                postgres.close();
            }
            if (Boolean.getBoolean("benchmark.keep") || kept != null) {
                System.out.println("Kept the database in " + folder);
            } else {
                deleteRecursively(folder);
            }
        }
        System.exit(0);
    }

    /** How many events the database holds, whatever their state. */
    private long eventRows() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from event")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** As command-line arguments, so that they win over application.properties. */
    private static String[] arguments(Map<String, Object> properties) {
        return properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
    }

    private static EmbeddedPostgres startPostgres(Path folder) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(folder.resolve("postgres"))
                .setCleanDataDirectory(true)
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("work_mem", "16MB")
                .start();
    }

    /** Fresh optimizer statistics, as a production database has them after its background analysis. */
    private static double analyse(DataSource dataSource, boolean postgres) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute(postgres ? "vacuum analyze" : "analyze");
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private void run(int size) {
        if (Boolean.parseBoolean(System.getProperty("benchmark.sql", "true"))) {
            runAll(size);
        }
        readerPaths(size);
    }

    /**
     * The paths a reader's interactions take, each called {@value #PERCENTILE_RUNS} times at random places for its
     * percentiles: what the timeline view, the list and the API call.
     */
    private void readerPaths(int size) {
        java.util.Random random = new java.util.Random(42);
        EventQuery everything = EventQuery.everything();
        percentile(
                size,
                "timeline: whole range, computed (extent, then its window; the first reader after an edit)",
                i -> {
                    DateBucket found =
                            readOnly.execute(tx -> index.extent(everything)).orElseThrow();
                    return indexWindow(found.start(), found.end());
                });
        // Answers are kept once the last revision is app.cache.settle (5 s) old, as this cache first saw it.
        chronology.extent(everything).ifPresent(found -> window(found.start(), found.end()));
        sleep(5_500);
        percentile(size, "timeline: whole range, kept (extent, then its window; every later reader)", i -> {
            DateBucket found = chronology.extent(everything).orElseThrow();
            return window(found.start(), found.end());
        });
        for (int days : new int[] {3650, 365, 30, 7, 1}) {
            percentile(
                    size,
                    "timeline: window of " + days + (days == 1 ? " day" : " days") + ", random in 2020–2023",
                    i -> {
                        LocalDate from = RANDOM_FROM.plusDays(random.nextInt(RANDOM_DAYS));
                        return window(from, from.plusDays(days));
                    });
        }
        for (String text : List.of("minsk", SyntheticChronology.RARE_PLACE.toLowerCase(), "gas prices")) {
            EventQuery search = EventQuery.window(null, null, text);
            percentile(size, "list: search q=" + text + ", first page (50, best match) and count", i -> {
                List<EventDetails> rows = chronology.slice(search, 0, LIST_PAGE, EventOrder.BEST_MATCH);
                return rows.size() + " rows of " + chronology.count(search);
            });
        }
        for (int days : new int[] {7, 30}) {
            percentile(size, "API: GET /api/events?from&to (" + days + " days, random in 2020–2023), size=100", i -> {
                LocalDate from = RANDOM_FROM.plusDays(random.nextInt(RANDOM_DAYS));
                EventPage page = chronology.search(EventQuery.window(from, from.plusDays(days), null), 0, 100);
                return page.items().size() + " items of " + page.total();
            });
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Calls it {@value #PERCENTILE_WARM_UP} times to warm up, then {@value #PERCENTILE_RUNS} times, and adds a row. */
    private void percentile(int size, String name, IntFunction<String> call) {
        for (int i = 0; i < PERCENTILE_WARM_UP; i++) {
            call.apply(i);
        }
        long[] nanos = new long[PERCENTILE_RUNS];
        String answer = "";
        for (int i = 0; i < nanos.length; i++) {
            long started = System.nanoTime();
            answer = call.apply(i);
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        String row = String.format(
                "| %s | %,d | %d | %s | %s | %s | %s | %s |",
                name,
                size,
                nanos.length,
                ms(nanos[nanos.length / 2]),
                ms(nanos[(int) Math.ceil(nanos.length * 0.95) - 1]),
                ms(nanos[(int) Math.ceil(nanos.length * 0.99) - 1]),
                ms(nanos[nanos.length - 1]),
                answer);
        percentiles.add(row);
        System.out.println(row);
    }

    private void runAll(int size) {
        EventQuery everything = EventQuery.everything();
        DateBucket extent = chronology.extent(everything).orElseThrow();
        long pad = Math.max(15, ChronoUnit.DAYS.between(extent.start(), extent.end()) / 20);
        LocalDate wholeFrom = extent.start().minusDays(pad);
        LocalDate wholeTo = extent.end().plusDays(pad);

        measure(size, "timeline: first window (extent)", i -> {
            DateBucket found = chronology.extent(everything).orElseThrow();
            return found.start() + " – " + found.end() + ", " + found.count() + " events";
        });
        measure(
                size,
                "timeline: whole range " + wholeFrom.getYear() + "–" + wholeTo.getYear(),
                i -> window(wholeFrom, wholeTo));
        for (int days : new int[] {3650, 365, 30, 3}) {
            String name = days == 3650 ? "10 years" : days == 365 ? "1 year" : days == 30 ? "1 month" : "3 days";
            measure(size, "timeline: window of " + name + " around " + CENTRE, i -> {
                LocalDate from = CENTRE.minusDays(days / 2).plusDays((long) i * Math.max(1, days / 10));
                return window(from, from.plusDays(days));
            });
        }
        for (LocalDate elsewhere : List.of(LocalDate.of(1992, 3, 1), LocalDate.of(2008, 3, 1))) {
            measure(size, "timeline: window of 1 month around " + elsewhere, i -> {
                LocalDate from = elsewhere.minusDays(15).plusDays(3L * i);
                return window(from, from.plusDays(30));
            });
        }
        measure(size, "index: whole range", i -> indexWindow(wholeFrom, wholeTo));
        for (int days : new int[] {3650, 365, 30, 7, 3}) {
            measure(size, "index: window of " + days + " days around " + CENTRE, i -> {
                LocalDate from = CENTRE.minusDays(days / 2).plusDays((long) i * Math.max(1, days / 10));
                return indexWindow(from, from.plusDays(days));
            });
        }
        measure(size, "list: count", i -> chronology.count(everything) + " events");
        measure(size, "list: first page (50, oldest first)", i -> rows(chronology.slice(everything, 0, LIST_PAGE)));
        measure(
                size,
                "list: first page (50, newest first)",
                i -> rows(chronology.slice(everything, 0, LIST_PAGE, EventOrder.NEWEST_FIRST)));
        long deep = size / 2;
        measure(
                size,
                "list: deep page (50 at offset " + String.format("%,d", deep) + ")",
                i -> rows(chronology.slice(everything, deep + 50L * i, LIST_PAGE)));
        measure(size, "API: GET /api/events (page of 100 with total)", i -> {
            EventPage page = chronology.search(everything, i, 100);
            return page.items().size() + " items of " + page.total();
        });
        for (String word : List.of("minsk", SyntheticChronology.RARE_PLACE.toLowerCase())) {
            EventQuery search = EventQuery.window(null, null, word);
            measure(size, "search q=" + word + ": first page (50)", i -> rows(chronology.slice(search, 0, LIST_PAGE)));
            measure(size, "search q=" + word + ": count", i -> chronology.count(search) + " events");
        }
    }

    private String window(LocalDate from, LocalDate to) {
        TimelineWindow window = timelines.window(EventQuery.window(from, to, null), MAX_EVENTS);
        return window.clustered()
                ? "clustered: " + window.clusters().size() + " buckets, " + window.total() + " events"
                : window.events().size() + " events, " + window.density().size() + " density buckets";
    }

    /** What {@link TimelineService#window} does, asked of the search index instead of the database. */
    private String indexWindow(LocalDate from, LocalDate to) {
        return readOnly.execute(tx -> {
            EventQuery query = EventQuery.window(from, to, null);
            var density = index.countPer(query, TimelineService.bucketSizeFor(from, to));
            long total = density.stream().mapToLong(DateBucket::count).sum();
            if (total > MAX_EVENTS) {
                return "clustered: " + density.size() + " buckets, " + total + " events";
            }
            return index.slice(query, 0, MAX_EVENTS, EventOrder.OLDEST_FIRST).stream()
                            .map(EventDetails::of)
                            .count()
                    + " events";
        });
    }

    private static String rows(List<EventDetails> rows) {
        return rows.size() + " rows";
    }

    /** Runs the call with warm-up and repetitions, and adds a row to the table. */
    private void measure(int size, String name, IntFunction<String> call) {
        int run = 0;
        long first = System.nanoTime();
        call.apply(run++);
        long firstNanos = System.nanoTime() - first;
        if (firstNanos <= SLOW_NANOS) {
            call.apply(run++);
        }
        long[] nanos = new long[firstNanos > VERY_SLOW_NANOS ? 1 : firstNanos > SLOW_NANOS ? 3 : 7];
        long statements = 0;
        String answer = "";
        for (int i = 0; i < nanos.length; i++) {
            touch();
            long before = statistics.getPrepareStatementCount();
            long started = System.nanoTime();
            answer = call.apply(run++);
            nanos[i] = System.nanoTime() - started;
            statements = statistics.getPrepareStatementCount() - before;
        }
        Arrays.sort(nanos);
        String row = String.format(
                "| %s | %,d | %s | %s | %s | %d | %s |",
                name,
                size,
                ms(nanos[nanos.length / 2]),
                ms(nanos[0]),
                ms(nanos[nanos.length - 1]),
                statements,
                nanos.length == 1 ? answer + " (1 run)" : answer);
        table.add(row);
        System.out.println(row);
    }

    /**
     * Changes one event, as an editor's save would, so that H2 cannot answer a repeated identical query from the result
     * it kept of the previous run (it keeps one per prepared statement until a table it reads changes).
     */
    private void touch() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.executeUpdate(
                    "update event set updated_at = current_timestamp where id = (select min(id) from event)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String ms(long nanos) {
        double ms = nanos / 1e6;
        return ms < 10 ? String.format("%.1f", ms) : String.format("%,.0f", ms);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }
}
