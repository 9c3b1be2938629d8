package org.brtimeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.HttpSessionEvent;
import java.time.Duration;
import java.time.Instant;
import org.brtimeline.MovingClock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/**
 * A flood of new sessions is refused before it fills the heap: beyond the node's limit of open sessions (503), or
 * beyond an address's new sessions per minute (429); open sessions and sessionless requests always pass.
 */
class SessionAdmissionTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-30T12:00:00Z"));
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SessionCount sessions = new SessionCount();

    private SessionAdmission admission(int maxSessions, int perAddressPerMinute) {
        return new SessionAdmission(sessions, maxSessions, perAddressPerMinute, clock, meters);
    }

    /** A request as the servlet container passes it on: it opens a session when nothing refused it first. */
    private MockHttpServletResponse request(SessionAdmission admission, MockHttpServletRequest request)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        admission.doFilter(request, response, chain);
        if (chain.getRequest() != null && request.getSession(false) == null) {
            sessions.sessionCreated(new HttpSessionEvent(request.getSession(true)));
        }
        return response;
    }

    private static MockHttpServletRequest page(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/timeline");
        request.setRemoteAddr(address);
        return request;
    }

    private static MockHttpServletRequest inSession(MockHttpSession session, String address) {
        MockHttpServletRequest request = page(address);
        request.setSession(session);
        return request;
    }

    @Test
    void new_sessions_beyond_the_nodes_limit_are_refused_with_a_small_busy_page_and_open_ones_go_on() throws Exception {
        SessionAdmission admission = admission(3, 0);
        MockHttpSession reader = new MockHttpSession();
        sessions.sessionCreated(new HttpSessionEvent(reader));
        for (int i = 0; i < 2; i++) {
            assertThat(request(admission, page("10.0.0." + i)).getStatus()).isEqualTo(200);
        }

        MockHttpServletResponse refused = request(admission, page("10.0.0.9"));

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        assertThat(refused.getContentType()).startsWith("text/html");
        assertThat(refused.getContentAsString())
                .contains("<title>The timeline is busy</title>", "Please try again in a minute.")
                .hasSizeLessThan(1000);
        assertThat(request(admission, inSession(reader, "10.0.0.9")).getStatus())
                .as("a reader whose session is open")
                .isEqualTo(200);
        assertThat(meters.counter("app.sessions.refused", "reason", "busy").count())
                .isEqualTo(1);
    }

    @Test
    void once_sessions_end_new_ones_are_admitted_again() throws Exception {
        SessionAdmission admission = admission(1, 0);
        MockHttpServletRequest first = page("10.0.0.1");
        request(admission, first);
        assertThat(request(admission, page("10.0.0.2")).getStatus()).isEqualTo(503);

        sessions.sessionDestroyed(new HttpSessionEvent(first.getSession()));

        assertThat(request(admission, page("10.0.0.2")).getStatus()).isEqualTo(200);
    }

    @Test
    void an_address_that_opens_too_many_sessions_a_minute_is_refused_while_others_are_not() throws Exception {
        SessionAdmission admission = admission(1000, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(request(admission, page("10.0.0.1")).getStatus()).isEqualTo(200);
        }

        MockHttpServletResponse refused = request(admission, page("10.0.0.1"));

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString()).contains("Too many new visits came from your address");
        assertThat(request(admission, page("10.0.0.2")).getStatus())
                .as("another address")
                .isEqualTo(200);
        clock.pass(Duration.ofSeconds(20));
        assertThat(request(admission, page("10.0.0.1")).getStatus())
                .as("a third of a minute later: one more")
                .isEqualTo(200);
        assertThat(request(admission, page("10.0.0.1")).getStatus()).isEqualTo(429);
        assertThat(meters.counter("app.sessions.refused", "reason", "address").count())
                .isEqualTo(2);
    }

    @Test
    void the_read_api_static_files_and_the_feed_open_no_session_and_are_never_refused() throws Exception {
        SessionAdmission admission = admission(1, 1);
        request(admission, page("10.0.0.1"));

        for (String path : new String[] {"/api/events", "/VAADIN/build/index.js", "/icons/icon.png", "/feed.atom"}) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
            request.setRemoteAddr("10.0.0.1");
            assertThat(request(admission, request).getStatus()).as(path).isEqualTo(200);
        }
    }

    @Test
    void a_client_that_asks_for_json_is_refused_in_json() throws Exception {
        SessionAdmission admission = admission(1, 0);
        request(admission, page("10.0.0.1"));
        MockHttpServletRequest request = page("10.0.0.2");
        request.addHeader("Accept", "application/json");

        MockHttpServletResponse refused = request(admission, request);

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getContentType()).startsWith("application/json");
        assertThat(refused.getContentAsString())
                .contains("\"status\":503", "\"message\":\"The timeline has as many readers");
    }

    @Test
    void without_a_setting_a_node_keeps_one_session_per_megabyte_of_heap() {
        assertThat(SessionAdmission.defaultMaxSessions(512L * 1024 * 1024)).isEqualTo(512);
        assertThat(admission(0, 0).maxSessions())
                .isEqualTo((int) (Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        assertThat(admission(40, 0).maxSessions()).isEqualTo(40);
    }

    @Test
    void no_more_than_a_bounded_number_of_addresses_is_remembered() {
        NewSessionsPerAddress perAddress = new NewSessionsPerAddress(1, clock);

        for (int i = 0; i < NewSessionsPerAddress.MAX_KEYS + 10; i++) {
            perAddress.take("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
        }

        assertThat(perAddress.addresses()).isEqualTo(NewSessionsPerAddress.MAX_KEYS);
    }
}
