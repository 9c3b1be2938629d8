package org.brtimeline.chronology.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.brtimeline.MovingClock;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/** The read API's kept answers, with the application's ETag filter behind them and a clock that the test moves. */
class ReadApiCacheTest {

    private static final Duration SETTLE = Duration.ofSeconds(5);

    private final AtomicLong revision = new AtomicLong(7);
    private final AtomicInteger answered = new AtomicInteger();
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-30T12:00:00Z"));
    private int status = HttpServletResponse.SC_OK;
    private ReadApiCache cache = new ReadApiCache(revision::get, ReadApiCache.answers(clock, SETTLE, 1_000_000));

    @Test
    void a_repeated_request_is_answered_from_the_kept_answer_once_its_revision_has_settled() throws Exception {
        settle();
        MockHttpServletResponse first = get("/api/events", "from=2022-01-01");
        MockHttpServletResponse again = get("/api/events", "from=2022-01-01");

        assertThat(answered).hasValue(1);
        assertThat(again.getContentAsString())
                .isEqualTo(first.getContentAsString())
                .contains("answer 1");
        assertThat(again.getContentType()).isEqualTo("application/json");
        assertThat(again.getHeader(HttpHeaders.ETAG)).isEqualTo(first.getHeader(HttpHeaders.ETAG));
    }

    @Test
    void an_answer_made_before_its_revision_settled_is_not_kept_as_the_search_index_may_not_show_it_yet()
            throws Exception {
        get("/api/events", "");
        clock.pass(SETTLE.minusMillis(1));
        get("/api/events", "");
        get("/api/events", "");

        assertThat(answered).hasValue(3);
    }

    @Test
    void a_new_revision_is_answered_afresh_on_every_node_that_sees_it() throws Exception {
        settle();
        get("/api/events/12", "");
        revision.incrementAndGet();
        MockHttpServletResponse afterTheEdit = get("/api/events/12", "");

        assertThat(answered).hasValue(2);
        assertThat(afterTheEdit.getContentAsString()).contains("answer 2");
    }

    @Test
    void a_conditional_request_for_the_kept_answer_is_answered_not_modified() throws Exception {
        settle();
        String etag = get("/api/events", "").getHeader(HttpHeaders.ETAG);
        MockHttpServletRequest conditional = request("/api/events", "");
        conditional.addHeader(HttpHeaders.IF_NONE_MATCH, etag);
        MockHttpServletResponse response = send(conditional);

        assertThat(response.getStatus()).isEqualTo(HttpServletResponse.SC_NOT_MODIFIED);
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(answered).hasValue(1);
    }

    @Test
    void other_queries_and_other_accept_headers_are_other_answers() throws Exception {
        settle();
        get("/api/events", "q=minsk");
        get("/api/events", "q=moscow");
        MockHttpServletRequest csv = request("/api/events", "q=minsk");
        csv.addHeader(HttpHeaders.ACCEPT, "text/csv");
        send(csv);

        assertThat(answered).hasValue(3);
    }

    @Test
    void failures_and_other_paths_are_never_kept() throws Exception {
        settle();
        status = HttpServletResponse.SC_BAD_REQUEST;
        get("/api/events", "from=yesterday");
        get("/api/events", "from=yesterday");
        status = HttpServletResponse.SC_OK;
        get("/api/articles", "");
        get("/api/articles", "");

        assertThat(answered).hasValue(4);
    }

    @Test
    void beyond_its_budget_the_least_recently_used_answers_go_first() throws Exception {
        cache = new ReadApiCache(revision::get, ReadApiCache.answers(clock, SETTLE, 32 * 24));
        settle();
        for (int page = 0; page < 40; page++) {
            get("/api/events", "page=" + page);
        }
        get("/api/events", "page=39");
        get("/api/events", "page=0");

        assertThat(answered).hasValue(41);
    }

    /** The cache sees the revision, which then stays the latest for the settling time; nothing answered is counted. */
    private void settle() throws Exception {
        get("/api/events", "first");
        clock.pass(SETTLE);
        answered.set(0);
    }

    private MockHttpServletResponse get(String path, String query) throws Exception {
        return send(request(path, query));
    }

    private static MockHttpServletRequest request(String path, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query.isEmpty() ? null : query);
        return request;
    }

    /** Through the cache, then the ETag filter, to an API that numbers its answers. */
    private MockHttpServletResponse send(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        ShallowEtagHeaderFilter etags = new ShallowEtagHeaderFilter();
        etags.setWriteWeakETag(true);
        MockFilterChain chain = new MockFilterChain(
                new jakarta.servlet.http.HttpServlet() {
                    @Override
                    protected void service(
                            jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res)
                            throws java.io.IOException {
                        res.setStatus(status);
                        res.setContentType("application/json");
                        res.getOutputStream()
                                .write(("{\"answer\": \"answer " + answered.incrementAndGet() + "\"}")
                                        .getBytes(StandardCharsets.UTF_8));
                    }
                },
                etags);
        cache.doFilter(request, response, (req, res) -> chain.doFilter(req, res));
        return response;
    }
}
