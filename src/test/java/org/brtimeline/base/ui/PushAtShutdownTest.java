package org.brtimeline.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerGracefulShutdownLifecycle;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Push requests held open by long polling do not hold the graceful shutdown: when the application stops, before the
 * web server waits for open requests, the held ones are answered and new ones refused.
 */
class PushAtShutdownTest {

    private final PushAtShutdown push = new PushAtShutdown();

    /** A long-polling push request, which Atmosphere suspends (starts asynchronous processing) to answer later. */
    private MockHttpServletRequest heldPushRequest() throws Exception {
        MockHttpServletRequest request = pushRequest();
        request.setAsyncSupported(true);
        push.doFilter(request, new MockHttpServletResponse(), new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                req.startAsync();
            }
        });
        return request;
    }

    private static MockHttpServletRequest pushRequest() {
        return new MockHttpServletRequest("GET", "/VAADIN/push");
    }

    @Test
    void a_push_request_held_open_is_answered_when_the_application_stops() throws Exception {
        push.start();
        MockHttpServletRequest held = heldPushRequest();
        assertThat(held.isAsyncStarted()).isTrue();

        push.stop();

        assertThat(held.isAsyncStarted()).as("answered").isFalse();
        assertThat(push.isRunning()).isFalse();
    }

    @Test
    void a_push_request_that_comes_while_the_application_stops_is_refused_at_once() throws Exception {
        push.start();
        push.stop();
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        push.doFilter(pushRequest(), response, chain);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(chain.getRequest()).as("not passed on to Vaadin").isNull();
    }

    @Test
    void other_requests_and_push_requests_before_the_stop_pass() throws Exception {
        push.start();
        MockFilterChain page = new MockFilterChain();
        MockFilterChain pushed = new MockFilterChain();

        push.doFilter(new MockHttpServletRequest("GET", "/timeline"), new MockHttpServletResponse(), page);
        push.doFilter(pushRequest(), new MockHttpServletResponse(), pushed);

        assertThat(page.getRequest()).isNotNull();
        assertThat(pushed.getRequest()).isNotNull();
    }

    @Test
    void it_stops_before_the_web_server_waits_for_open_requests() {
        assertThat(push.getPhase()).isGreaterThan(WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE);
    }

    @Test
    void when_the_application_stops_every_ui_stops_pushing_so_closing_its_session_writes_to_no_ended_connection() {
        com.github.mvysny.kaributesting.v10.MockVaadin.setup();
        try {
            com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
            ui.getPushConfiguration().setPushMode(com.vaadin.flow.shared.communication.PushMode.AUTOMATIC);
            RecordingPush connection = new RecordingPush();
            ui.getInternals().setPushConnection(connection);

            PushAtShutdown.disconnectPush(ui.getSession());

            assertThat(connection.disconnected).isTrue();
            assertThat(connection.isConnected()).isFalse();
        } finally {
            com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        }
    }

    @Test
    void a_push_request_let_through_as_the_application_stops_leaves_no_ui_pushing_to_it() throws Exception {
        com.github.mvysny.kaributesting.v10.MockVaadin.setup();
        try {
            com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
            ui.getPushConfiguration().setPushMode(com.vaadin.flow.shared.communication.PushMode.AUTOMATIC);
            RecordingPush connection = new RecordingPush();
            push.start();
            push.sessionStarted(ui.getSession());
            MockHttpServletRequest request = pushRequest();
            request.setAsyncSupported(true);

            push.doFilter(request, new MockHttpServletResponse(), new MockFilterChain() {
                @Override
                public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                    // the request passed the check, then the application began to stop, then the request connected
                    // its UI's push again (long polling: it suspends, to be answered later)
                    push.stop();
                    ui.getInternals().setPushConnection(connection);
                    req.startAsync();
                }
            });

            assertThat(connection.isConnected())
                    .as("a UI left connected would push to this request once it is recycled")
                    .isFalse();
            assertThat(request.isAsyncStarted()).as("answered").isFalse();
        } finally {
            com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        }
    }

    /** A push connection that is open until told to disconnect. */
    private static final class RecordingPush implements com.vaadin.flow.server.communication.PushConnection {
        boolean disconnected;

        @Override
        public void push() {}

        @Override
        public void disconnect() {
            disconnected = true;
        }

        @Override
        public boolean isConnected() {
            return !disconnected;
        }
    }
}
