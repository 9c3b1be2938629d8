package org.brtimeline.timeline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.brtimeline.AnonymousReader;
import org.brtimeline.IntegrationTest;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.reader.ArticleChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ExtendWith(AnonymousReader.class)
class FilterBarTest {

    private static final String RFERL = "rferl-russian-pm-in-minsk-2020-09-03";

    @Autowired
    ChronologyService chronology;

    private FilterBar filters() {
        return _get(ChronologyListView.class).filters;
    }

    /** What the box offers for what the reader typed: its first page, as the browser asks for it. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> offered(ComboBoxBase<?, T, ?> box, String typed) {
        DataProvider<T, String> items = (DataProvider<T, String>) box.getDataProvider();
        return items.fetch(new Query<>(0, 50, List.of(), null, typed)).toList();
    }

    @Test
    void the_actors_and_articles_are_asked_for_a_page_at_a_time_not_held_whole() {
        UI.getCurrent().navigate("chronology");

        assertThat(filters().actors.getDataProvider()).isNotInstanceOf(ListDataProvider.class);
        assertThat(filters().article.getDataProvider()).isNotInstanceOf(ListDataProvider.class);
    }

    @Test
    void typing_another_spelling_offers_the_actor() {
        UI.getCurrent().navigate("chronology");

        assertThat(offered(filters().actors, "lukashenka"))
                .extracting(EventDetails.ActorRef::name)
                .contains("Alexander Lukashenko");
    }

    @Test
    void typing_part_of_a_title_or_publisher_offers_the_article() {
        UI.getCurrent().navigate("chronology");

        assertThat(offered(filters().article, "rfe/rl"))
                .extracting(ArticleChoice::slug)
                .contains(RFERL);
    }

    @Test
    void an_actor_and_an_article_from_the_url_are_shown_chosen() {
        EventDetails.ActorRef actor =
                chronology.actorChoices("lukashenko", 0, 10).get(0);

        UI.getCurrent().navigate("chronology", QueryParameters.fromString("actor=" + actor.id() + "&article=" + RFERL));

        assertThat(filters().actors.getValue()).containsExactly(actor);
        assertThat(filters().article.getValue().slug()).isEqualTo(RFERL);
    }

    /** The addresses the list asked the browser for since the last call. */
    private static List<String> addresses() {
        return BrowserHistory.changes().stream().map(BrowserHistory.Change::url).toList();
    }

    @Test
    void a_search_of_too_many_words_is_refused_next_to_the_field_and_the_list_stays_as_it_was() {
        UI.getCurrent().navigate("chronology", QueryParameters.fromString("q=Makei"));
        FilterBar filters = filters();
        addresses();

        filters.text.setValue("Makei " + "Minsk ".repeat(12));

        assertThat(filters.text.isInvalid()).isTrue();
        assertThat(filters.text.getErrorMessage()).contains("at most 12 words", "this one has 13");
        assertThat(addresses()).isEmpty();

        filters.text.setValue("Makei Minsk");

        assertThat(filters.text.isInvalid()).isFalse();
        assertThat(addresses()).singleElement().asString().contains("q=Makei%20Minsk");
    }

    @Test
    void a_from_date_after_the_to_date_is_refused_next_to_the_field_and_the_window_stays() {
        UI.getCurrent().navigate("chronology", QueryParameters.fromString("from=2022-01-01&to=2022-12-31"));
        FilterBar filters = filters();
        addresses();

        filters.from.setValue(java.time.LocalDate.of(2023, 1, 1));

        assertThat(filters.from.isInvalid()).isTrue();
        assertThat(filters.from.getErrorMessage()).contains("After To");
        assertThat(addresses()).isEmpty();

        filters.from.setValue(java.time.LocalDate.of(2022, 6, 1));

        assertThat(filters.from.isInvalid()).isFalse();
        assertThat(addresses()).singleElement().asString().contains("from=2022-06-01");
    }

    @Test
    void a_date_before_the_year_1000_is_refused_next_to_the_field_and_the_list_stays() {
        UI.getCurrent().navigate("chronology", QueryParameters.fromString("from=2022-01-01&to=2022-12-31"));
        FilterBar filters = filters();
        addresses();

        filters.from.setValue(java.time.LocalDate.of(5, 1, 1));

        assertThat(filters.from.isInvalid()).isTrue();
        assertThat(filters.from.getI18n().getMinErrorMessage())
                .isEqualTo("Out of range: type a date from the year 1000 to 9999");
        assertThat(addresses()).isEmpty();
    }
}
