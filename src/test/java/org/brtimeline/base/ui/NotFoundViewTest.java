package org.brtimeline.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import org.brtimeline.AnonymousReader;
import org.brtimeline.IntegrationTest;
import org.brtimeline.chronology.ui.EventPermalinkView;
import org.brtimeline.reader.ui.ArticleReaderView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@IntegrationTest
@ExtendWith(AnonymousReader.class)
class NotFoundViewTest {

    @Test
    void an_unknown_address_shows_the_page_not_found_with_a_way_back_to_the_timeline() {
        openInTheBrowser("no/such/page");

        NotFoundView view = _get(NotFoundView.class);
        assertThat(view.explanation.getText()).startsWith("There is nothing at /no/such/page.");
        assertThat(view.backToTimeline.getHref()).isEqualTo("timeline");
    }

    @Test
    void an_unknown_event_shows_the_page_not_found_instead_of_the_event() {
        UI.getCurrent().navigate("events/9999");

        assertThat(_find(EventPermalinkView.class)).isEmpty();
        assertThat(_get(NotFoundView.class).explanation.getText()).contains("/events/9999");
    }

    @Test
    void an_event_address_that_is_not_a_number_shows_the_page_not_found() {
        UI.getCurrent().navigate("events/nope");

        assertThat(_find(NotFoundView.class)).hasSize(1);
    }

    @Test
    void an_unknown_article_shows_the_page_not_found_instead_of_the_reader() {
        UI.getCurrent().navigate("articles/nope");

        assertThat(_find(ArticleReaderView.class)).isEmpty();
        assertThat(_get(NotFoundView.class).explanation.getText()).contains("/articles/nope");
    }

    @Test
    void an_address_echoed_on_the_page_is_text_not_markup() {
        openInTheBrowser("<b>bold</b>");

        NotFoundView view = _get(NotFoundView.class);
        assertThat(view.explanation.getText()).contains("<b>bold</b>");
    }

    /**
     * What the server does with the first request for an address: it routes it itself.
     * ({@code UI.navigate} would hand an address without a route to the browser's router.)
     */
    private static void openInTheBrowser(String address) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(address), NavigationTrigger.PAGE_LOAD);
    }
}
