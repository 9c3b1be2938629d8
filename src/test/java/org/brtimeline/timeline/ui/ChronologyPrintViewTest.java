package org.brtimeline.timeline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.brtimeline.AnonymousReader;
import org.brtimeline.IntegrationTest;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventQuery;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ExtendWith(AnonymousReader.class)
class ChronologyPrintViewTest {

    @Autowired
    ChronologyService chronology;

    private ChronologyPrintView open(String parameters) {
        UI.getCurrent().navigate("chronology/print", QueryParameters.fromString(parameters));
        return _get(ChronologyPrintView.class);
    }

    /** The table's rows as the browser gets them: the cells' texts. */
    private static List<List<String>> rows(ChronologyPrintView view) {
        String markup = ((Html) view.rows.getComponentAt(0)).getInnerHtml();
        return Jsoup.parseBodyFragment("<table>" + markup + "</table>").select("tbody tr").stream()
                .map(row -> row.select("td").stream().map(Element::text).toList())
                .toList();
    }

    private List<EventDetails> selection(String parameters) {
        EventQuery query =
                ChronologyFilter.from(QueryParameters.fromString(parameters)).query();
        return chronology.slice(query, 0, ChronologyService.MAX_PAGE_SIZE);
    }

    @Test
    void every_event_of_the_chronology_is_one_row_in_date_order() {
        List<EventDetails> all = selection("");

        ChronologyPrintView view = open("");

        assertThat(rows(view))
                .extracting(row -> row.get(1))
                .containsExactlyElementsOf(all.stream().map(EventDetails::title).toList());
        assertThat(rows(view).get(0).get(0)).isEqualTo(all.get(0).label());
        assertThat(view.heading.getText()).isEqualTo("Chronology: " + all.size() + " events, in date order");
        assertThat(view.selection.getText()).isEqualTo("Every published event.");
        assertThat(view.cut.isVisible()).isFalse();
    }

    @Test
    void the_list_s_filters_select_the_rows_and_are_named_and_kept_by_the_way_back() {
        String filters = "from=2020-08-01&to=2020-12-31&category=statement";
        List<EventDetails> statements = selection(filters);

        ChronologyPrintView view = open(filters + "&event=" + statements.get(0).id());

        assertThat(statements).isNotEmpty();
        assertThat(rows(view))
                .extracting(row -> row.get(1))
                .containsExactlyElementsOf(
                        statements.stream().map(EventDetails::title).toList());
        assertThat(rows(view)).allSatisfy(row -> assertThat(row.get(3)).isEqualTo("Statement"));
        assertThat(view.selection.getText())
                .isEqualTo("Selection: dates 2020-08-01 to 2020-12-31; categories statement.");
        assertThat(view.back.getHref()).isEqualTo("chronology?" + filters);
    }

    @Test
    void a_selection_larger_than_the_page_says_how_much_is_left_out() {
        ChronologyPrintView view = open("");
        long all = chronology.count(EventQuery.everything());
        view.maxRows = 10;

        UI.getCurrent().navigate("chronology/print", QueryParameters.fromString("from=1900-01-01&to=2100-12-31"));

        assertThat(rows(view)).hasSize(10);
        assertThat(view.cut.isVisible()).isTrue();
        assertThat(view.cut.getText())
                .isEqualTo("Listed here: the first 10 of " + all
                        + " events. Narrow the filters (dates, words, actors, categories) to print the others.");
    }

    @Test
    void the_list_links_to_its_printable_form_with_its_filters() {
        UI.getCurrent().navigate("chronology", QueryParameters.fromString("category=statement&event=1"));

        assertThat(_get(ChronologyListView.class).print.getHref()).isEqualTo("chronology/print?category=statement");
    }
}
