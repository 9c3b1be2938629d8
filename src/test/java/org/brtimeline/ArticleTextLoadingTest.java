package org.brtimeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ListAssert;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventQuery;
import org.brtimeline.reader.ReaderService;
import org.brtimeline.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Article texts (up to a million characters each) are read only where they are shown, never for lists. */
@IntegrationTest
class ArticleTextLoadingTest {

    private static final String RFERL = "rferl-russian-pm-in-minsk-2020-09-03";
    private static final EventQuery SEPTEMBER_2020 =
            EventQuery.window(LocalDate.of(2020, 9, 1), LocalDate.of(2020, 9, 5), null);

    @Autowired
    ChronologyService chronology;

    @Autowired
    TimelineService timelines;

    @Autowired
    ReaderService reader;

    @Autowired
    MockMvc mvc;

    @Test
    void listing_events_reads_their_evidence_and_articles_but_no_text() {
        List<String> sql = SqlStatements.during(() -> assertThat(chronology.slice(EventQuery.everything(), 0, 100))
                .flatExtracting(e -> e.evidence())
                .isNotEmpty()
                .allSatisfy(evidence -> assertThat(evidence.articleTitle()).isNotBlank())
                .anySatisfy(evidence -> assertThat(evidence.passage()).isPositive()));

        assertReadsArticlesWithoutText(sql);
    }

    @Test
    void a_search_reads_no_article_text() {
        List<String> sql = SqlStatements.during(() -> assertThat(chronology
                        .search(EventQuery.window(null, null, "minsk"), 0, 100)
                        .items())
                .isNotEmpty());

        assertReadsArticlesWithoutText(sql);
    }

    @Test
    void a_timeline_window_reads_no_article_text() {
        List<String> sql = SqlStatements.during(
                () -> assertThat(timelines.window(SEPTEMBER_2020, 300).events()).isNotEmpty());

        assertReadsArticlesWithoutText(sql);
    }

    @Test
    void the_article_list_and_the_filter_bar_read_no_article_text() {
        List<String> sql = SqlStatements.during(() -> {
            assertThat(reader.articleCount()).isEqualTo(5);
            assertThat(chronology.actors()).isNotEmpty();
        });

        assertReadsArticlesWithoutText(sql);
    }

    @Test
    void the_api_pages_of_events_and_articles_read_no_article_text() {
        List<String> sql = SqlStatements.during(() -> {
            mvc.perform(get("/api/events?size=1000")).andExpect(status().isOk());
            mvc.perform(get("/api/events/1")).andExpect(status().isOk());
            mvc.perform(get("/api/articles")).andExpect(status().isOk());
        });

        assertReadsArticlesWithoutText(sql);
    }

    @Test
    void the_reader_reads_the_text_with_its_article_in_one_statement() {
        List<String> sql = SqlStatements.during(
                () -> assertThat(reader.article(RFERL).orElseThrow().text()).contains("Mishustin"));

        assertThat(sql)
                .filteredOn(statement -> statement.contains("text_content"))
                .singleElement()
                .satisfies(statement -> assertThat(statement).contains("slug"));
    }

    @Test
    void the_article_api_reads_the_text() {
        List<String> sql = SqlStatements.during(
                () -> mvc.perform(get("/api/articles/" + RFERL)).andExpect(status().isOk()));

        assertThat(sql).anyMatch(statement -> statement.contains("text_content"));
    }

    private static void assertReadsArticlesWithoutText(List<String> sql) {
        ListAssert<String> statements = assertThat(sql);
        statements.anyMatch(statement -> statement.contains("article"));
        statements.noneMatch(statement -> statement.contains("text_content") || statement.contains("article_text"));
    }
}
