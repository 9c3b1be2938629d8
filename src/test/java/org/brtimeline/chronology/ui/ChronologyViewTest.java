package org.brtimeline.chronology.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.brtimeline.BrowserlessUi;
import org.brtimeline.IntegrationTest;
import org.brtimeline.chronology.EventDetails;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class ChronologyViewTest {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void openTheBrowserlessUi() {
        BrowserlessUi.openAnonymously(context);
    }

    @AfterEach
    void closeIt() {
        BrowserlessUi.close();
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_first_page_lists_every_event_in_date_order_with_its_date_and_sources() {
        UI.getCurrent().navigate("");

        Grid<EventDetails> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(39);
        EventDetails first = GridKt._get(grid, 0);
        EventDetails last = GridKt._get(grid, 38);
        assertThat(first.label()).isEqualTo("1994");
        assertThat(first.title()).isEqualTo("Lukashenko comes to power in Belarus");
        assertThat(last.label()).isEqualTo("28 April 2023");
        assertThat(GridKt._getFormatted(grid.getColumns().get(0), first)).isEqualTo("1994");
        assertThat(UI.getCurrent().getInternals().getTitle()).contains("Chronology");
    }
}
