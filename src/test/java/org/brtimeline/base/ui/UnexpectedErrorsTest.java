package org.brtimeline.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.brtimeline.BrowserlessUi;
import org.brtimeline.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** An error no view caught shows a message in plain words, never the exception. */
@IntegrationTest
class UnexpectedErrorsTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void tearDown() {
        BrowserlessUi.close();
    }

    private static String shown() {
        return NotificationsKt.getNotifications().stream()
                .map(Notification::getElement)
                .map(element -> element.getProperty("text"))
                .reduce("", String::concat);
    }

    @Test
    void every_session_gets_the_handler() {
        BrowserlessUi.openAnonymously(context);

        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(UnexpectedErrors.Handler.class);
    }

    @Test
    void an_unexpected_error_says_so_with_a_reference_and_no_stack_trace() {
        MockVaadin.setup();

        new UnexpectedErrors.Handler()
                .error(new ErrorEvent(new IllegalStateException("org.hibernate.LazyInitializationException: proxy")));

        assertThat(shown())
                .startsWith("Something went wrong")
                .containsPattern("reference [0-9a-f]{8}")
                .doesNotContain("Exception", "org.hibernate", "proxy");
    }

    @Test
    void a_refused_write_says_that_it_needs_an_editor() {
        MockVaadin.setup();

        new UnexpectedErrors.Handler().error(new ErrorEvent(new RuntimeException(new AccessDeniedException("Denied"))));

        assertThat(shown()).isEqualTo("You are not allowed to do this. Log in as an editor, then try again.");
    }

    @Test
    void a_database_out_of_reach_says_so_and_that_nothing_was_done() {
        MockVaadin.setup();

        new UnexpectedErrors.Handler()
                .error(new ErrorEvent(new org.springframework.transaction.CannotCreateTransactionException(
                        "Could not open JPA EntityManager for transaction",
                        new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available"))));

        assertThat(shown())
                .startsWith(
                        "The chronology's database cannot be reached at the moment, so what you just did was not done.")
                .doesNotContain("Exception", "Hikari");
    }

    @Test
    void a_push_to_a_connection_the_web_server_has_recycled_shows_nothing() {
        MockVaadin.setup();
        RuntimeException recycled = recycledRequestError();

        new UnexpectedErrors.Handler().error(new ErrorEvent(new RuntimeException("push failed", recycled)));

        assertThat(recycled).hasMessageContaining("has been recycled");
        assertThat(shown()).isEmpty();
    }

    @Test
    void an_illegal_state_of_our_own_is_still_unexpected() {
        assertThat(UnexpectedErrors.Handler.connectionEnded(new IllegalStateException("has been recycled")))
                .isFalse();
        assertThat(UnexpectedErrors.Handler.connectionEnded(recycledRequestError()))
                .isTrue();
        assertThat(UnexpectedErrors.Handler.connectionEnded(committedResponseError()))
                .as("an error sent after the answer began is a bug of ours")
                .isFalse();
    }

    /** What Tomcat throws when an error is sent after the answer began: a real facade over a committed response. */
    private static RuntimeException committedResponseError() {
        org.apache.catalina.connector.Response response = new org.apache.catalina.connector.Response();
        response.setCoyoteResponse(new org.apache.coyote.Response());
        response.getCoyoteResponse().setCommitted(true);
        try {
            new org.apache.catalina.connector.ResponseFacade(response).sendError(500);
        } catch (IllegalStateException committed) {
            return committed;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("Tomcat's facade no longer refuses an error after the response was committed");
    }

    /** What Tomcat throws when a request it has recycled is used: a real facade without its request. */
    private static RuntimeException recycledRequestError() {
        try {
            new org.apache.catalina.connector.RequestFacade(null).getAttribute("push");
        } catch (IllegalStateException recycled) {
            return recycled;
        }
        throw new AssertionError("Tomcat's facade no longer refuses a recycled request");
    }
}
