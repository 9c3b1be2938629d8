package org.brtimeline.timeline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.brtimeline.AnonymousReader;
import org.brtimeline.IntegrationTest;
import org.brtimeline.base.ui.MainLayout;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@IntegrationTest
@ExtendWith(AnonymousReader.class)
class EmbeddedTimelineViewTest {

    private static final String SELECTION = "from=2020-08-01&to=2020-12-31&q=Lukashenko&category=diplomacy";

    @Test
    void the_embedded_timeline_shows_the_selection_without_the_applications_frame_or_filters() {
        UI.getCurrent().navigate(EmbeddedTimelineView.PATH, QueryParameters.fromString(SELECTION));

        EmbeddedTimelineView view = _get(EmbeddedTimelineView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(MainLayout.class::isInstance);
        assertThat(view.filterBox.isVisible()).isFalse();
        assertThat(view.export.isVisible()).isFalse();
        assertThat(view.embed.isVisible()).isFalse();
        assertThat(view.site.getHref()).isEqualTo("timeline");
        assertThat(view.filters.text.getValue()).isEqualTo("Lukashenko");
        assertThat(view.status.getText()).endsWith("in view");
    }

    @Test
    void embed_on_the_timeline_gives_the_iframe_of_what_is_on_show() {
        UI.getCurrent().navigate("timeline", QueryParameters.fromString(SELECTION));

        _get(TimelineView.class).embed.click();

        String code = _get(EmbedDialog.class).snippet.getValue();
        Element iframe = Jsoup.parseBodyFragment(code).selectFirst("iframe");
        assertThat(iframe).isNotNull();
        assertThat(iframe.attr("src"))
                .contains("/embed/timeline?")
                .contains("from=2020-08-01", "to=2020-12-31", "q=Lukashenko", "category=diplomacy");
        assertThat(code).as("the ampersands escaped in the attribute").contains("&amp;");
        assertThat(iframe.attr("title")).isEqualTo("Belarus–Russia timeline");
    }
}
