package org.brtimeline.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServerErrorViewTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void a_page_that_failed_to_open_says_so_in_plain_words_with_a_reference_and_status_500() {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location("editor/events/7"));
        ServerErrorView view = new ServerErrorView();

        int status = view.setErrorParameter(
                event,
                new ErrorParameter<>(
                        Exception.class, new IllegalStateException("could not initialize proxy - no Session")));

        assertThat(status).isEqualTo(500);
        assertThat(view.explanation.getText())
                .startsWith("This page could not be opened.")
                .containsPattern("reference [0-9a-f]{8}")
                .doesNotContain("Exception", "proxy");
    }

    @Test
    void a_page_that_could_not_reach_the_database_says_so_with_status_503() {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location("timeline"));
        ServerErrorView view = new ServerErrorView();

        int status = view.setErrorParameter(
                event,
                new ErrorParameter<>(
                        Exception.class,
                        new org.springframework.dao.DataAccessResourceFailureException(
                                "select max(id) from revision",
                                new java.sql.SQLException("FATAL: terminating connection", "57P01"))));

        assertThat(status).isEqualTo(503);
        assertThat(view.heading.getText()).isEqualTo("Unavailable for a moment");
        assertThat(view.explanation.getText())
                .isEqualTo(org.brtimeline.base.DatabaseOutage.MESSAGE)
                .doesNotContain("Exception", "select");
    }
}
