package org.brtimeline.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Set;
import org.brtimeline.chronology.Category;
import org.junit.jupiter.api.Test;

class ChronologyFilterTest {

    @Test
    void a_filter_survives_the_trip_through_the_url() {
        ChronologyFilter filter = new ChronologyFilter(
                LocalDate.of(2020, 8, 1),
                LocalDate.of(2020, 9, 30),
                "Lavrov",
                Set.of(3L, 1L),
                Set.of(Category.DIPLOMACY),
                "rferl-russian-pm-in-minsk-2020-09-03",
                12L);

        String url = filter.toParameters().getQueryString();

        assertThat(url)
                .contains(
                        "from=2020-08-01",
                        "to=2020-09-30",
                        "q=Lavrov",
                        "actor=1",
                        "actor=3",
                        "category=diplomacy",
                        "event=12");
        assertThat(ChronologyFilter.from(QueryParameters.fromString(url))).isEqualTo(filter);
    }

    @Test
    void dates_beyond_the_years_a_date_field_shows_and_reversed_windows_are_ignored() {
        assertThat(ChronologyFilter.from(QueryParameters.fromString("from=%2B500000000-01-01&to=-000001-01-01")))
                .isEqualTo(ChronologyFilter.none());
        assertThat(ChronologyFilter.from(QueryParameters.fromString("from=0001-01-01&to=0999-12-31")))
                .isEqualTo(ChronologyFilter.none());
        assertThat(ChronologyFilter.from(QueryParameters.fromString("from=2021-01-01&to=2020-01-01")))
                .isEqualTo(ChronologyFilter.none());
    }

    @Test
    void malformed_parameters_are_ignored() {
        ChronologyFilter filter =
                ChronologyFilter.from(QueryParameters.fromString("from=2020-13-01&actor=x&category=nonsense&event=y"));

        assertThat(filter).isEqualTo(ChronologyFilter.none());
    }

    @Test
    void what_was_left_out_is_named_with_the_value_given() {
        assertThat(ChronologyFilter.leftOut(QueryParameters.fromString(
                        "from=2020-13-01&to=2020-02-30&actor=x&actor=3&category=nonsense&category=protest&event=y")))
                .containsExactly(
                        "from: '2020-13-01' is not a date from the year 1000 to 9999",
                        "to: '2020-02-30' is not a date from the year 1000 to 9999",
                        "actor: 'x' is not an actor's number",
                        "category: 'nonsense' is not a category",
                        "event: 'y' is not an event's number");
        assertThat(ChronologyFilter.leftOut(QueryParameters.fromString("from=2021-01-01&to=2020-01-01")))
                .containsExactly("from and to: the window ends before it starts");
        assertThat(ChronologyFilter.leftOut(
                        QueryParameters.fromString("q=" + "a".repeat(100) + "&from=" + "b".repeat(60))))
                .containsExactly("from: '" + "b".repeat(40) + "…' is not a date from the year 1000 to 9999");
        assertThat(ChronologyFilter.leftOut(
                        QueryParameters.fromString("from=2020-01-01&to=2020-12-31&actor=3&category=protest")))
                .isEmpty();
    }

    @Test
    void a_search_of_too_many_words_is_left_out_and_said_to_be_so() {
        QueryParameters thirteenWords = QueryParameters.fromString("q=" + "Minsk+".repeat(13) + "&category=protest");

        assertThat(ChronologyFilter.from(thirteenWords).text()).isNull();
        assertThat(ChronologyFilter.from(thirteenWords).categories()).isNotEmpty();
        assertThat(ChronologyFilter.leftOut(thirteenWords))
                .containsExactly("q: a search takes at most 12 words or \"phrases\"; this one has 13");
        assertThat(ChronologyFilter.from(QueryParameters.fromString("q=Makei" + "+Minsk".repeat(11)))
                        .text())
                .isEqualTo("Makei" + " Minsk".repeat(11));
    }
}
