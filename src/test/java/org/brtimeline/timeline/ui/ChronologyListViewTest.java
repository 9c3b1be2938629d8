package org.brtimeline.timeline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.brtimeline.AnonymousReader;
import org.brtimeline.IntegrationTest;
import org.brtimeline.TestCorpus;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventOrder;
import org.brtimeline.chronology.EventQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ExtendWith(AnonymousReader.class)
class ChronologyListViewTest {

    @Autowired
    ChronologyService chronology;

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
        assertThat(GridKt._get(grid(), TestCorpus.curatedEvents() - 1).label()).isEqualTo("1994");
    }

    @Test
    void the_list_says_how_many_events_match_and_when_nothing_does() {
        UI.getCurrent().navigate("chronology");
        ChronologyListView view = _get(ChronologyListView.class);
        assertThat(view.total.getText()).isEqualTo(TestCorpus.curatedEvents() + " events");

        view.filters.text.setValue("Mishustin");
        long mishustin = GridKt._size(grid());
        assertThat(view.total.getText()).isEqualTo(mishustin + (mishustin == 1 ? " event" : " events"));

        view.filters.text.setValue("zanzibar");
        assertThat(GridKt._size(grid())).isZero();
        assertThat(view.total.getText()).isEqualTo("Nothing matches these filters.");
        assertThat(grid().getEmptyStateText()).startsWith("Nothing matches these filters");
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
    void a_search_lists_the_best_matches_first_until_the_reader_sorts_by_date() {
        EventQuery minsk = EventQuery.window(null, null, "Minsk visit");
        int hits = (int) chronology.count(minsk);
        List<Long> bestFirst = ids(chronology.slice(minsk, 0, hits, EventOrder.BEST_MATCH));
        assertThat(bestFirst).isNotEqualTo(ids(chronology.slice(minsk, 0, hits, EventOrder.OLDEST_FIRST)));
        UI.getCurrent().navigate("chronology", QueryParameters.fromString("q=Minsk%20visit"));
        ChronologyListView view = _get(ChronologyListView.class);

        assertThat(ids(GridKt._fetch(grid(), 0, hits))).isEqualTo(bestFirst);
        assertThat(view.ranked.isVisible()).isTrue();

        GridKt._sortByKey(grid(), "when", SortDirection.ASCENDING);

        assertThat(GridKt._fetch(grid(), 0, hits))
                .extracting(EventDetails::earliest)
                .isSorted();
        assertThat(view.ranked.isVisible()).isFalse();
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

        assertThat(lavrovMakei.evidence()).hasSize(6);
        assertThat(GridKt._getFormatted(grid().getColumnByKey("sources"), lavrovMakei))
                .isEqualTo("2");
    }

    private static List<Long> ids(List<EventDetails> events) {
        return events.stream().map(EventDetails::id).toList();
    }

    private List<EventDetails> everyEvent() {
        return chronology.slice(EventQuery.everything(), 0, ChronologyService.MAX_PAGE_SIZE);
    }

    /**
     * The rows the view asked the grid to scroll to since the last call (or the last Karibu round trip, which takes the
     * waiting JavaScript as if sent).
     */
    private static List<Integer> scrolledTo() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .filter(js -> js.getExpression().contains("scrollToIndex"))
                .map(js -> ((Number) js.getParameters().get(js.getParameters().size() - 1)).intValue())
                .toList();
    }

    @Test
    void clearing_the_filters_empties_the_fields_so_that_the_next_change_does_not_bring_them_back() {
        UI.getCurrent().navigate("chronology", QueryParameters.fromString("q=Mishustin&category=statement"));
        ChronologyListView view = _get(ChronologyListView.class);

        _click(view.filters.clear);

        assertThat(view.filters.text.getValue()).isEmpty();
        assertThat(view.filters.categories.getValue()).isEmpty();
        assertThat(GridKt._size(grid())).isEqualTo(everyEvent().size());

        view.filters.categories.setValue(Set.of(Category.DIPLOMACY));

        var diplomacy = new EventQuery(null, null, null, Set.of(), Set.of(Category.DIPLOMACY), null, false);
        assertThat(GridKt._size(grid())).isEqualTo((int) chronology.count(diplomacy));
    }

    @Test
    void a_linked_event_s_row_is_selected_and_scrolled_into_view() {
        List<EventDetails> events = everyEvent();
        int index = events.size() - 3;
        EventDetails linked = events.get(index);

        UI.getCurrent().navigate("chronology", QueryParameters.fromString("event=" + linked.id()));

        assertThat(scrolledTo()).containsExactly(index);
        assertThat(grid().asSingleSelect().getValue()).isEqualTo(linked);
        assertThat(_get(ChronologyListView.class).detail.shownTitle()).isEqualTo(linked.title());
    }

    @Test
    void choosing_a_row_adds_a_history_entry_while_a_filter_change_replaces_it() {
        UI.getCurrent().navigate("chronology");
        ChronologyListView view = _get(ChronologyListView.class);
        BrowserHistory.changes();

        long chosen = GridKt._get(grid(), 2).id();

        GridKt._selectRow(grid(), 2);

        assertThat(BrowserHistory.changes())
                .containsExactly(new BrowserHistory.Change(true, "chronology?event=" + chosen));

        view.filters.text.setValue("Minsk");

        assertThat(BrowserHistory.changes())
                .containsExactly(new BrowserHistory.Change(false, "chronology?q=Minsk&event=" + chosen));
    }

    @Test
    void the_year_jump_offers_the_years_with_events_and_scrolls_to_the_first_event_of_the_chosen_one() {
        List<EventDetails> events = everyEvent();
        UI.getCurrent().navigate("chronology");
        ChronologyListView view = _get(ChronologyListView.class);
        scrolledTo();

        assertThat(view.year.getListDataView().getItems().toList())
                .containsExactlyElementsOf(events.stream()
                        .map(e -> e.earliest().getYear())
                        .distinct()
                        .toList());

        view.year.setValue(2020);

        int first2020 = events.indexOf(events.stream()
                .filter(e -> e.earliest().getYear() == 2020)
                .findFirst()
                .orElseThrow());
        assertThat(first2020).isPositive();
        assertThat(scrolledTo()).containsExactly(first2020);
    }

    @Test
    void newest_first_the_year_jump_scrolls_to_the_latest_event_of_the_year() {
        List<EventDetails> newestFirst = new ArrayList<>(everyEvent());
        Collections.reverse(newestFirst);
        UI.getCurrent().navigate("chronology");
        ChronologyListView view = _get(ChronologyListView.class);
        GridKt._sortByKey(grid(), "when", SortDirection.DESCENDING);
        scrolledTo();

        view.year.setValue(2020);

        int latest2020 = newestFirst.indexOf(newestFirst.stream()
                .filter(e -> e.earliest().getYear() == 2020)
                .findFirst()
                .orElseThrow());
        assertThat(latest2020).isPositive();
        assertThat(scrolledTo()).containsExactly(latest2020);
        assertThat(GridKt._get(grid(), latest2020).earliest().getYear()).isEqualTo(2020);
    }

    @Test
    void read_as_a_story_carries_the_list_s_filters() {
        UI.getCurrent().navigate("chronology", QueryParameters.fromString("category=statement"));
        ChronologyListView view = _get(ChronologyListView.class);

        assertThat(view.story.getHref()).isEqualTo("story?category=statement");

        view.filters.text.setValue("Pompeo");

        assertThat(view.story.getHref()).isEqualTo("story?q=Pompeo&category=statement");
    }

    @Test
    void an_address_with_a_broken_filter_says_what_was_left_out_and_shows_the_rest() {
        UI.getCurrent().navigate("chronology", QueryParameters.fromString("from=2020-02-30&category=protest"));

        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text"))
                .containsExactly("Part of the address was not understood and was left out:"
                        + " from: '2020-02-30' is not a date from the year 1000 to 9999.");
        assertThat(GridKt._size(grid())).as("the protests only").isPositive().isLessThan(TestCorpus.curatedEvents());
    }

    @Test
    void an_address_naming_an_event_actor_or_article_the_chronology_does_not_hold_says_so() {
        UI.getCurrent().navigate("chronology", QueryParameters.fromString("event=999999&actor=99999&article=nope"));

        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text"))
                .containsExactly("Not in the chronology: event 999999 (no published event has that number);"
                        + " actor 99999 (no actor has that number);"
                        + " article 'nope' (no published event cites an article of that name).");
    }
}
