package org.brtimeline.timeline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import org.brtimeline.BrowserlessUi;
import org.brtimeline.IntegrationTest;
import org.brtimeline.TestCorpus;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.EventDetails;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class ChronologyListViewTest {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void open() {
        BrowserlessUi.openAnonymously(context);
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    @SuppressWarnings("unchecked")
    private Grid<EventDetails> grid() {
        return _get(ChronologyListView.class).grid;
    }

    @Test
    void the_list_shows_every_event_in_date_order_with_its_date() {
        UI.getCurrent().navigate("chronology");

        int all = TestCorpus.curatedEvents();
        assertThat(GridKt._size(grid())).isEqualTo(all);
        EventDetails first = GridKt._get(grid(), 0);
        assertThat(first.label()).isEqualTo("1994");
        assertThat(GridKt._getFormatted(grid().getColumns().get(0), first)).isEqualTo("1994");
        assertThat(GridKt._get(grid(), all - 1).label()).isEqualTo("28 April 2023");
        assertThat(UI.getCurrent().getInternals().getTitle()).contains("Chronology");
    }

    @Test
    void sorting_by_date_descending_puts_the_newest_first() {
        UI.getCurrent().navigate("chronology");

        GridKt._sortByKey(grid(), "when", com.vaadin.flow.data.provider.SortDirection.DESCENDING);

        assertThat(GridKt._get(grid(), 0).label()).isEqualTo("28 April 2023");
        assertThat(GridKt._get(grid(), 39).label()).isEqualTo("1994");
    }

    @Test
    void searching_for_mishustin_finds_the_3_september_2020_visit() {
        UI.getCurrent().navigate("chronology");
        ChronologyListView view = _get(ChronologyListView.class);

        view.filters.text.setValue("Mishustin");

        assertThat(GridKt._fetch(grid(), 0, 100))
                .extracting(EventDetails::title)
                .contains("Russian Prime Minister Mishustin visits Minsk");
        assertThat(GridKt._fetch(grid(), 0, 100))
                .extracting(EventDetails::label)
                .contains("3 September 2020");
    }

    @Test
    void the_filters_come_from_the_url_and_narrow_the_list() {
        UI.getCurrent()
                .navigate(
                        "chronology",
                        com.vaadin.flow.router.QueryParameters.fromString(
                                "from=2020-09-01&to=2020-09-05&category=statement"));
        ChronologyListView view = _get(ChronologyListView.class);

        assertThat(view.filters.from.getValue()).isEqualTo(LocalDate.of(2020, 9, 1));
        assertThat(view.filters.categories.getValue()).containsExactly(Category.STATEMENT);
        assertThat(GridKt._fetch(grid(), 0, 100))
                .extracting(EventDetails::title)
                .containsExactly(
                        "US official George Kent warns Russia against intervening in Belarus",
                        "Pompeo demands an immediate end to the crackdown in Belarus");
    }

    @Test
    void choosing_a_row_opens_the_event_detail_with_its_evidence() {
        UI.getCurrent().navigate("chronology", com.vaadin.flow.router.QueryParameters.fromString("q=Golovchenko"));
        ChronologyListView view = _get(ChronologyListView.class);

        GridKt._selectRow(grid(), 0);

        assertThat(view.detail.isVisible()).isTrue();
        assertThat(view.detail.shownTitle()).contains("Golovchenko");
    }

    @Test
    void on_a_phone_the_list_keeps_only_the_date_and_the_title() {
        UI.getCurrent().navigate("chronology");
        ChronologyListView view = _get(ChronologyListView.class);

        view.fitColumnsTo(390);

        assertThat(grid().getColumns().stream().filter(Grid.Column::isVisible).map(c -> c.getHeaderText()))
                .containsExactly("When", "Event");

        view.fitColumnsTo(1400);

        assertThat(grid().getColumns()).allMatch(Grid.Column::isVisible);
    }

    @Test
    void sources_count_articles_not_quotes() {
        UI.getCurrent().navigate("chronology");
        EventDetails lavrovMakei = java.util.stream.IntStream.range(0, GridKt._size(grid()))
                .mapToObj(i -> GridKt._get(grid(), i))
                .filter(e -> e.title().equals("Lavrov and Makei hold talks in Moscow"))
                .findFirst()
                .orElseThrow();

        assertThat(lavrovMakei.evidence()).hasSize(4);
        assertThat(GridKt._getFormatted(grid().getColumnByKey("sources"), lavrovMakei))
                .isEqualTo("2");
    }
}
