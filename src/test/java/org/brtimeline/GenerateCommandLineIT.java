package org.brtimeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.ChronologyEditor;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventDraft;
import org.brtimeline.chronology.EventQuery;
import org.brtimeline.chronology.EventStatus;
import org.brtimeline.chronology.SearchIndex;
import org.brtimeline.chronology.SelectedPassage;
import org.brtimeline.reader.ArticleText;
import org.brtimeline.reader.ReaderService;
import org.brtimeline.timeline.TimelineService;
import org.brtimeline.timeline.TimelineWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * {@code java -jar app.jar generate --events 2000} into an H2 file, then the application started on
 * that file as a user starts it: it reads the synthetic chronology and can still add to it.
 */
class GenerateCommandLineIT {

    @TempDir
    Path folder;

    /** The applications started here install their security-context strategy globally; the other tests' is put back. */
    private final SecurityContextHolderStrategy originalStrategy = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void restoreTheSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(originalStrategy);
    }

    @Test
    void the_application_started_on_a_generated_database_reads_it_and_adds_events_after_it() throws IOException {
        String database =
                "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("synthetic") + ";DB_CLOSE_ON_EXIT=FALSE";
        String index = "--app.search.index-root=" + folder.resolve("index");
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        int exit =
                runCommand(console, "generate", "--events", "2000", database, index, "--spring.main.banner-mode=off");

        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("[##############################] 2,000 / 2,000 events")
                .contains("Counting each article's events and building the search index")
                .contains("Added 40 articles, 2,000 events");
        assertThat(exit).isZero();
        try (ConfigurableApplicationContext application = start(database, index)) {
            ChronologyService chronology = application.getBean(ChronologyService.class);
            ReaderService reader = application.getBean(ReaderService.class);
            long published = application
                    .getBean(JdbcTemplate.class)
                    .queryForObject("select count(*) from event where status = 'PUBLISHED'", Long.class);

            assertThat(chronology.count(EventQuery.everything()))
                    .isEqualTo(published)
                    .isGreaterThan(1_900);
            // The index the command built is the one the application searches.
            var searchIndex = application.getBean(SearchIndex.class);
            assertThat(searchIndex.indexed()).isEqualTo(searchIndex.stored());
            assertThat(chronology.count(EventQuery.window(null, null, "Minsk"))).isPositive();
            assertThat(reader.articles(0, 100))
                    .hasSize(40)
                    .allSatisfy(article -> assertThat(article.slug()).startsWith("synthetic-"));
            // The command counted each article's events, which it wrote around the services.
            long mostCited = application.getBean(JdbcTemplate.class).queryForObject("""
                            select max(n) from (select count(distinct ev.event_id) n from evidence ev
                            join event e on e.id = ev.event_id where e.status = 'PUBLISHED' group by ev.article_id) c""", Long.class);
            assertThat(reader.articles(0, 1, "events", true))
                    .singleElement()
                    .satisfies(article -> assertThat(article.eventCount()).isEqualTo(mostCited));
            TimelineWindow year = application
                    .getBean(TimelineService.class)
                    .window(EventQuery.window(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), null), 300);
            assertThat(year.total()).isPositive();
            chronology
                    .slice(EventQuery.everything(), 0, 100)
                    .forEach(event -> event.evidence()
                            .forEach(evidence -> assertThat(reader.article(evidence.articleSlug())
                                            .orElseThrow()
                                            .text()
                                            .substring(evidence.startOffset(), evidence.endOffset()))
                                    .isEqualTo(evidence.quote())));

            ArticleText first = reader.article("synthetic-000001").orElseThrow();
            ArticleText.PassageRange paragraph = first.passages().get(1);
            SignedInEditor.signIn(application, "generate-test");
            EventDetails added = application
                    .getBean(ChronologyEditor.class)
                    .create(
                            draft(),
                            List.of(new SelectedPassage(first.slug(), paragraph.startOffset(), paragraph.endOffset())));
            SignedInEditor.signOut(application);

            assertThat(added.id()).isGreaterThan(2_000);
            assertThat(chronology.count(EventQuery.everything())).isEqualTo(published + 1);
        }
    }

    private static EventDraft draft() {
        EventDraft draft = new EventDraft();
        draft.setTitle("An event added after generating");
        draft.setCategory(Category.DIPLOMACY);
        draft.setStart(LocalDate.of(2021, 3, 4));
        draft.setPrecision(DatePrecision.DAY);
        draft.setStatus(EventStatus.PUBLISHED);
        return draft;
    }

    /** The application as {@code java -jar} starts it (corpus import on start included), but on no port. */
    private static ConfigurableApplicationContext start(String database, String index) {
        return new SpringApplicationBuilder(Application.class)
                .run(database, index, "--server.port=-1", "--spring.main.banner-mode=off");
    }

    /** Runs the command in this JVM, as {@code java -jar} would in a process of its own. */
    private static int runCommand(ByteArrayOutputStream console, String... arguments) throws IOException {
        try (PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8)) {
            return Application.runCommand(arguments, out, out).orElseThrow();
        }
    }
}
