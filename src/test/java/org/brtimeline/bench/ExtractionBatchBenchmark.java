package org.brtimeline.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.brtimeline.extraction.CandidateFinder;
import org.brtimeline.extraction.EventDescriber;
import org.brtimeline.extraction.Gazetteer;
import org.brtimeline.extraction.KnownActor;
import org.brtimeline.extraction.TemporalTagger;
import org.brtimeline.extraction.TimemlDocument;
import org.springframework.util.FileSystemUtils;

/**
 * Candidates per article and time per article on a batch of news articles (issue 11): the TimeML documents of the
 * given folders (TempEval-3's TimeBank and AQUAINT, 256 news articles, read where they are and written as article
 * files under {@code target/extraction-batch/}, never into the repository) are imported by the packaged
 * application's {@code import-articles} command into a fresh H2 database, as an editor's batch would be: each
 * article stored with its candidates in its own transaction, grouped with the other articles' candidates, the commit
 * forced to disk. Time per article is the time between the command's lines (one per article, printed once it is
 * durable); candidates per article are counted in the database afterwards. The extraction alone (tagger, candidate
 * finder, describer, in this JVM, after a warm-up) is timed too, to show what the storing costs.
 *
 * <p>{@code ./mvnw -q package -DskipTests && ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt
 * && java -cp target/test-classes:target/classes:$(cat cp.txt) org.brtimeline.bench.ExtractionBatchBenchmark
 * ../shared/tempeval/TimeBank ../shared/tempeval/AQUAINT}
 */
public final class ExtractionBatchBenchmark {

    private static final Path WORK = Path.of("target", "extraction-batch").toAbsolutePath();

    private ExtractionBatchBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.out.println("usage: ExtractionBatchBenchmark FOLDER-OF-TIMEML-FILES...");
            System.exit(2);
        }
        FileSystemUtils.deleteRecursively(WORK);
        Path articles = Files.createDirectories(WORK.resolve("articles"));
        List<TimemlDocument> documents = new ArrayList<>();
        for (String folder : args) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".tml"))
                        .sorted()
                        .toList()) {
                    TimemlDocument document = TimemlDocument.read(file);
                    documents.add(document);
                    Files.writeString(
                            articles.resolve(slug(document) + ".txt"),
                            articleFile(document, Path.of(folder).getFileName().toString()),
                            StandardCharsets.UTF_8);
                }
            }
        }
        long characters = documents.stream().mapToLong(d -> d.text().length()).sum();
        System.out.printf(
                Locale.ROOT,
                "%d articles, %,d characters (%,d per article on average)%n",
                documents.size(),
                characters,
                characters / documents.size());

        extractionAlone(documents);
        importedByTheApplication(articles, documents.size());
    }

    /** Tagger, candidate finder and describer in this JVM, the corpus's actors known: a warm-up round, then timed. */
    private static void extractionAlone(List<TimemlDocument> documents) throws IOException {
        List<KnownActor> actors = new YAMLMapper()
                .readValue(Path.of("corpus", "actors.yaml").toFile(), new TypeReference<List<KnownActor>>() {});
        EventDescriber describer = new EventDescriber(actors, Gazetteer.instance());
        TemporalTagger tagger = new TemporalTagger();
        for (TimemlDocument d : documents) {
            CandidateFinder.find(d.text(), tagger.tag(d.text(), d.creationTime()), d.creationTime(), describer);
        }
        Timings times = new Timings();
        long candidates = 0;
        for (TimemlDocument d : documents) {
            long started = System.nanoTime();
            candidates += CandidateFinder.find(
                            d.text(), tagger.tag(d.text(), d.creationTime()), d.creationTime(), describer)
                    .size();
            times.add((System.nanoTime() - started) / 1e6);
        }
        System.out.printf(
                Locale.ROOT,
                "extraction alone (one thread, warm): %d candidates, %.1f per article; time per article %s%n",
                candidates,
                (double) candidates / documents.size(),
                times.summary());
    }

    /** The packaged application's import-articles command on a fresh H2 file database, timed line by line. */
    private static void importedByTheApplication(Path articles, int expected) throws Exception {
        String database = "jdbc:h2:file:" + WORK.resolve("db").resolve("timeline");
        Process command = PackagedApp.importArticles(articles, database);
        long launched = System.nanoTime();
        long previous = 0;
        long first = 0;
        Timings perArticle = new Timings();
        List<String> problems = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(command.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                long now = System.nanoTime();
                if (line.startsWith("Importing ")) {
                    first = now;
                    previous = now;
                } else if (line.startsWith("imported: ")) {
                    perArticle.add((now - previous) / 1e6);
                    previous = now;
                } else if (line.startsWith("failed: ") || line.startsWith("skipped: ")) {
                    problems.add(line);
                    previous = now;
                }
            }
        }
        int exit = command.waitFor();
        System.out.printf(
                Locale.ROOT,
                "import-articles: exit %d, start-up %.1f s, %d of %d articles imported in %.1f s; time per article %s%n",
                exit,
                (first - launched) / 1e9,
                perArticle.count(),
                expected,
                (previous - first) / 1e9,
                perArticle.summary());
        problems.forEach(p -> System.out.println("  " + p));
        candidatesInTheDatabase(database);
    }

    private static void candidatesInTheDatabase(String database) throws Exception {
        Timings perArticle = new Timings();
        Map<String, Long> origins = new LinkedHashMap<>();
        long grouped;
        long withActors;
        long total;
        try (Connection db = DriverManager.getConnection(database, "sa", "")) {
            try (ResultSet rows = db.createStatement().executeQuery("""
                    select (select count(*) from date_candidate c where c.article_id = a.id)
                    from article a where a.slug like 'batch-%'""")) {
                while (rows.next()) {
                    perArticle.add(rows.getLong(1));
                }
            }
            try (ResultSet rows = db.createStatement().executeQuery("""
                    select coalesce(c.date_origin, '-'), count(*) from date_candidate c join article a on a.id = c.article_id
                    where a.slug like 'batch-%' group by c.date_origin order by 2 desc""")) {
                while (rows.next()) {
                    origins.put(rows.getString(1), rows.getLong(2));
                }
            }
            try (ResultSet rows = db.createStatement().executeQuery("""
                    select count(*), count(c.group_id), count(nullif(c.actors, ''))
                    from date_candidate c join article a on a.id = c.article_id where a.slug like 'batch-%'""")) {
                rows.next();
                total = rows.getLong(1);
                grouped = rows.getLong(2);
                withActors = rows.getLong(3);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "stored: %d candidates, %.1f per article (p50 %.0f, p95 %.0f, max %.0f); by how the date was reached %s;"
                        + " %d naming a known actor; %d joined to another article's candidate%n",
                total,
                (double) total / Math.max(1, perArticle.count()),
                perArticle.median(),
                perArticle.percentile(95),
                perArticle.max(),
                origins,
                withActors,
                grouped);
    }

    private static String slug(TimemlDocument document) {
        return "batch-"
                + document.name()
                        .replaceFirst("\\.tml$", "")
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-");
    }

    /** The document as an article file: its creation time as the publication day, its name as the title. */
    private static String articleFile(TimemlDocument document, String collection) {
        return """
                ---
                slug: "%s"
                title: "%s %s"
                publisher: "%s (TempEval-3 evaluation copy)"
                url: null
                language: "en"
                published: "%s"
                publishedPrecision: "DAY"
                ---
                """.formatted(
                                slug(document),
                                collection,
                                document.name().replaceFirst("\\.tml$", ""),
                                collection,
                                document.creationTime())
                + document.text().strip() + "\n";
    }
}
