package org.brtimeline.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.StreamSupport;
import org.brtimeline.Application;
import org.brtimeline.OpenSearchServer;
import org.brtimeline.SignedInEditor;
import org.brtimeline.TestCorpus;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.base.TextAnalysis;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchWorkspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several application nodes as production runs them (profiles {@code postgres,opensearch}): two nodes on one
 * PostgreSQL database (embedded) sharing one OpenSearch index (a real OpenSearch node inside this JVM). They find what
 * the embedded Lucene index of a single node finds in the same corpus, and what is edited through one node is found
 * through the other, by way of the outbox. The comparisons run first, on the corpus as imported; then the edits.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralNodesIT {

    /** How long the outbox may take to bring a change to the shared index (it polls every 100 ms). */
    private static final Duration OUTBOX_DELAY = Duration.ofSeconds(30);

    private static OpenSearchServer openSearch;
    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static ConfigurableApplicationContext lucene;

    @BeforeAll
    static void start() throws IOException {
        openSearch = OpenSearchServer.start();
        postgres = EmbeddedPostgres.builder().start();
        // The first node migrates the new database, imports the corpus and indexes it; the second joins it.
        nodeA = node();
        // Every event is in the index once its creation went through the outbox; the import's later changes to it
        // (evidence, actors) follow through the outbox too.
        awaitUntil(() -> index(nodeA).indexed().equals(index(nodeA).stored()) && outboxIsEmpty(nodeA));
        nodeB = node();
        lucene = application(
                new String[] {"test"}, "--spring.datasource.url=jdbc:h2:mem:several-nodes-lucene;DB_CLOSE_DELAY=-1");
        // Scores count the documents that updates replaced until segments merge, and the outbox updated each event
        // more often than the Lucene index did: merged, both score the same documents.
        for (ConfigurableApplicationContext node : List.of(nodeA, lucene)) {
            var workspace = workspace(node);
            workspace.mergeSegments();
            workspace.refresh();
        }
    }

    private static SearchWorkspace workspace(ConfigurableApplicationContext node) {
        return Search.mapping(node.getBean(EntityManagerFactory.class))
                .scope(Event.class)
                .workspace();
    }

    private static ConfigurableApplicationContext node() {
        return application(
                new String[] {"postgres", "opensearch"},
                "--DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--DB_USER=postgres",
                "--DB_PASSWORD=postgres",
                "--SEARCH_HOSTS=" + openSearch.hosts(),
                // As in the test profile: Vaadin need not look for views among OpenSearch's classes.
                "--vaadin.blocked-packages=org/opensearch,org/codelibs,com/carrotsearch");
    }

    /** The application served on a free port, as {@code java -jar} starts it with these profiles and arguments. */
    private static ConfigurableApplicationContext application(String[] profiles, String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.add("--server.port=0");
        all.add("--management.server.port=0");
        // Hilla's push servlet (unused by this application) reads every class of the classpath at start for
        // annotations,
        // which OpenSearch's jars make slow; Vaadin's own push servlet reads none either.
        all.add("--server.servlet.context-parameters.[org.atmosphere.cpr.annotation.processor]="
                + "org.atmosphere.util.VoidAnnotationProcessor");
        return new SpringApplicationBuilder(Application.class)
                .profiles(profiles)
                .run(all.toArray(String[]::new));
    }

    @AfterAll
    static void stop() throws IOException {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {lucene, nodeB, nodeA}) {
            if (context != null) {
                context.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
        if (openSearch != null) {
            openSearch.close();
        }
    }

    /**
     * The same events, each at the same rank or one away: both engines score with BM25 over the same documents, but
     * OpenSearch and the embedded index sum the fields' scores in floats in their own ways, so two events whose
     * scores differ in the last digits (many match "union state" through "state") may trade places.
     */
    private static void assertThatRankingsAgree(List<String> byOpenSearch, List<String> byLucene) {
        assertThat(byOpenSearch).containsExactlyInAnyOrderElementsOf(byLucene);
        for (int rank = 0; rank < byLucene.size(); rank++) {
            assertThat(Math.abs(byOpenSearch.indexOf(byLucene.get(rank)) - rank))
                    .as(
                            "rank of %s: %d by Lucene, %d by OpenSearch",
                            byLucene.get(rank), rank, byOpenSearch.indexOf(byLucene.get(rank)))
                    .isLessThanOrEqualTo(1);
        }
    }

    private static boolean outboxIsEmpty(ConfigurableApplicationContext node) {
        return node.getBean(JdbcTemplate.class).queryForObject("select count(*) from hsearch_outbox_event", Long.class)
                == 0;
    }

    private static SearchIndex index(ConfigurableApplicationContext node) {
        return node.getBean(SearchIndex.class);
    }

    private static ChronologyService chronology(ConfigurableApplicationContext node) {
        return node.getBean(ChronologyService.class);
    }

    private static List<String> titles(ConfigurableApplicationContext node, String text, EventOrder order) {
        return chronology(node).slice(EventQuery.window(null, null, text), 0, 1000, order).stream()
                .map(EventDetails::title)
                .toList();
    }

    private static long foundByEditors(ConfigurableApplicationContext node, String text) {
        return chronology(node).count(new EventQuery(null, null, text, Set.of(), Set.of(), null, true));
    }

    /** Polls until the condition holds, failing after {@link #OUTBOX_DELAY}. */
    private static void awaitUntil(BooleanSupplier condition) {
        Instant giveUp = Instant.now().plus(OUTBOX_DELAY);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("still not so after " + OUTBOX_DELAY).isBefore(giveUp);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    @Order(1)
    void both_nodes_see_the_whole_corpus_in_the_shared_index() {
        // The profile swaps the search backend only: the application's own settings (schema validation...) still hold.
        assertThat(nodeA.getEnvironment().getProperty("spring.jpa.hibernate.ddl-auto"))
                .isEqualTo("validate");
        assertThat(index(nodeB).indexed()).isEqualTo(index(nodeB).stored());
        assertThat(chronology(nodeB).count(EventQuery.everything())).isEqualTo(TestCorpus.curatedEvents());
        assertThat(chronology(nodeA).count(EventQuery.everything())).isEqualTo(TestCorpus.curatedEvents());
    }

    @Order(2)
    @ParameterizedTest
    @ValueSource(
            strings = {
                "protests", // inflections
                "Mišhustín", // diacritics and case
                "\"Mishustin visits Minsk\"", // a phrase
                "Lukashenka", // another spelling of a person's name
                "Putin Lukashenko", // every word must match
                "troop", // "troops"
                "Makey",
                "union state"
            })
    void opensearch_finds_what_lucene_finds(String text) {
        List<String> byLucene = titles(lucene, text, EventOrder.OLDEST_FIRST);

        assertThat(byLucene).isNotEmpty();
        assertThat(titles(nodeB, text, EventOrder.OLDEST_FIRST)).isEqualTo(byLucene);
        assertThatRankingsAgree(
                titles(nodeA, text, EventOrder.BEST_MATCH), titles(lucene, text, EventOrder.BEST_MATCH));
        EventQuery query = EventQuery.window(null, null, text);
        assertThat(chronology(nodeB).countPer(query, BucketSize.MONTH))
                .isEqualTo(chronology(lucene).countPer(query, BucketSize.MONTH));
        assertThat(chronology(nodeB).extent(query)).isEqualTo(chronology(lucene).extent(query));
        EventQuery window = EventQuery.window(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31), text);
        assertThat(chronology(nodeB).count(window)).isEqualTo(chronology(lucene).count(window));
    }

    @Test
    @Order(3)
    void a_phrase_keeps_its_word_order_and_a_spelling_finds_the_persons_events() {
        assertThat(titles(nodeB, "\"Mishustin visits Minsk\"", EventOrder.OLDEST_FIRST))
                .containsExactly("Russian Prime Minister Mishustin visits Minsk");
        assertThat(titles(nodeB, "\"Minsk visits Mishustin\"", EventOrder.OLDEST_FIRST))
                .isEmpty();
        assertThat(titles(nodeB, "Lukashenka", EventOrder.OLDEST_FIRST))
                .isNotEmpty()
                .isEqualTo(titles(nodeB, "Lukashenko", EventOrder.OLDEST_FIRST));
    }

    @Test
    @Order(3)
    void a_page_beyond_ten_thousand_results_is_answered_as_the_lucene_index_answers_it() {
        // OpenSearch refuses result windows past 10,000 unless the index allows them (opensearch-index-settings.json).
        EventQuery query = EventQuery.window(null, null, "Lukashenko");

        assertThat(chronology(nodeB).slice(query, 20_000, 50)).isEmpty();
        assertThat(chronology(lucene).slice(query, 20_000, 50)).isEmpty();
    }

    @Test
    @Order(4)
    void opensearch_analyses_text_into_the_words_that_mark_hits() throws Exception {
        String text = "Łukašenka's PROTESTERS were protesting; the Union State’s gas-prices rose.";

        assertThat(openSearchWords(text))
                .isEqualTo(TextAnalysis.words(text).stream()
                        .map(TextAnalysis.Word::term)
                        .toList());
    }

    @Test
    @Order(5)
    void an_edit_through_one_node_is_found_through_the_other() {
        ChronologyEditor editor = nodeA.getBean(ChronologyEditor.class);
        SignedInEditor.signIn(nodeA, "several-nodes");
        EventDraft draft = new EventDraft();
        draft.setTitle("Neliupšienė meets the envoy in Grodno");
        draft.setCategory(Category.DIPLOMACY);
        draft.setStart(LocalDate.of(2021, 3, 4));
        draft.setPrecision(DatePrecision.DAY);

        EventDetails created = editor.create(draft);
        awaitUntil(() -> foundByEditors(nodeB, "neliupsiene") == 1);

        draft.setTitle("Neliupšienė signs the pipeline agreement");
        EventDetails changed = editor.update(created.id(), created.version(), draft);
        awaitUntil(() -> foundByEditors(nodeB, "pipeline agreement") == 1);
        assertThat(foundByEditors(nodeB, "envoy Grodno")).isZero();

        editor.delete(changed.id(), changed.version());
        SignedInEditor.signOut(nodeA);
        awaitUntil(() -> chronology(nodeB).count(EventQuery.window(null, null, "pipeline agreement")) == 0);
    }

    @Test
    @Order(6)
    void a_node_that_finds_the_index_emptied_rebuilds_it_for_all() {
        workspace(nodeA).purge();
        assertThat(index(nodeB).indexed()).isNotEqualTo(index(nodeB).stored());

        index(nodeA).afterSingletonsInstantiated();

        assertThat(index(nodeB).indexed()).isEqualTo(index(nodeB).stored());
    }

    @Test
    @Order(7)
    void a_change_saved_through_one_node_is_read_at_once_through_the_others_api() throws Exception {
        EventDetails event =
                chronology(nodeA).slice(EventQuery.everything(), 0, 1).get(0);
        String address = "/api/events/" + event.id();
        HttpResponse<String> first = get(nodeB, address, null);
        assertThat(first.body()).doesNotContain("Seen through the other node.");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(get(nodeB, address, etag).statusCode()).isEqualTo(304);

        SignedInEditor.signIn(nodeA, "several-nodes");
        EventDraft draft = EventDraft.of(event);
        draft.setSummary("Seen through the other node.");
        nodeA.getBean(ChronologyEditor.class).update(event.id(), event.version(), draft);
        SignedInEditor.signOut(nodeA);

        HttpResponse<String> after = get(nodeB, address, etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("Seen through the other node.");
    }

    /** A GET through a node's web server, as a browser behind the load balancer makes it. */
    private static HttpResponse<String> get(ConfigurableApplicationContext node, String path, String etag)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + node.getEnvironment().getProperty("local.server.port") + path));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The terms the shared index's analyzer makes of a text, asked of OpenSearch itself. */
    private static List<String> openSearchWords(String text) throws Exception {
        ObjectMapper json = new ObjectMapper();
        String body = json.writeValueAsString(Map.of("analyzer", TextAnalysis.READER_TEXT, "text", text));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://" + openSearch.hosts() + "/event-read/_analyze"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(json.readTree(response.body()).get("tokens").spliterator(), false)
                .map(token -> token.get("token").asText())
                .toList();
    }
}
