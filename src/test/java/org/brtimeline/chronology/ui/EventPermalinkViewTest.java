package org.brtimeline.chronology.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.brtimeline.AnonymousReader;
import org.brtimeline.IntegrationTest;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ExtendWith(AnonymousReader.class)
class EventPermalinkViewTest {

    @Autowired
    ChronologyService chronology;

    @Test
    void the_permalink_offers_the_event_on_the_timeline_and_in_the_list() {
        EventDetails makei = chronology
                .search(
                        EventQuery.window(null, null, "Makei dies"),
                        0,
                        1,
                        org.brtimeline.chronology.EventOrder.BEST_MATCH)
                .items()
                .get(0);

        UI.getCurrent().navigate("events/" + makei.id());

        EventPermalinkView view = _get(EventPermalinkView.class);
        assertThat(view.onTimeline.getText()).isEqualTo("Show on timeline");
        assertThat(view.onTimeline.getHref()).isEqualTo("timeline?event=" + makei.id());
        assertThat(view.inList.getText()).isEqualTo("Show in list");
        assertThat(view.inList.getHref()).isEqualTo("chronology?event=" + makei.id());
        assertThat(view.getPageTitle()).startsWith(makei.title());
    }
}
