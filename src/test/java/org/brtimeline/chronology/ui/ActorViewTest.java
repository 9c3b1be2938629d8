package org.brtimeline.chronology.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
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
class ActorViewTest {

    @Autowired
    ChronologyService chronology;

    private long lukashenko() {
        return chronology.actorCalled("Lukashenka").orElseThrow().id();
    }

    private List<EventDetails> eventsOf(long actorId) {
        var query = new EventQuery(null, null, null, Set.of(actorId), Set.of(), null, false);
        return chronology.slice(query, 0, ChronologyService.MAX_PAGE_SIZE);
    }

    @Test
    void an_actor_page_names_the_actor_their_kind_and_their_other_spellings() {
        UI.getCurrent().navigate("actors/" + lukashenko());
        ActorView view = _get(ActorView.class);

        assertThat(view.name.getText()).isEqualTo("Alexander Lukashenko");
        assertThat(view.kind.getText()).isEqualTo("person");
        assertThat(view.aliases.getText()).contains("Lukashenka", "Aliaksandr Lukashenko");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Alexander Lukashenko");
    }

    @Test
    void an_actor_page_lists_their_published_events_in_date_order_linking_to_each_permalink() {
        long id = lukashenko();
        UI.getCurrent().navigate("actors/" + id);
        var grid = _get(ActorView.class).events;
        List<EventDetails> expected = eventsOf(id);

        assertThat(expected).isNotEmpty();
        assertThat(GridKt._size(grid)).isEqualTo(expected.size());
        assertThat(IntStream.range(0, expected.size()).mapToObj(i -> GridKt._get(grid, i)))
                .extracting(EventDetails::id)
                .containsExactlyElementsOf(
                        expected.stream().map(EventDetails::id).toList());
        assertThat(expected)
                .extracting(EventDetails::earliest)
                .isSortedAccordingTo(java.util.Comparator.naturalOrder());
        Anchor first = (Anchor) GridKt._getCellComponent(grid, 0, "event");
        assertThat(first.getHref()).isEqualTo("events/" + expected.get(0).id());
        assertThat(first.getText()).isEqualTo(expected.get(0).title());
        assertThat(GridKt._getFormatted(grid, 0, "when"))
                .isEqualTo(expected.get(0).label());
    }

    @Test
    void an_actor_page_links_to_the_timeline_and_the_list_narrowed_to_them() {
        long id = lukashenko();
        UI.getCurrent().navigate("actors/" + id);
        ActorView view = _get(ActorView.class);

        assertThat(view.onTimeline.getHref()).isEqualTo("timeline?actor=" + id);
        assertThat(view.inList.getHref()).isEqualTo("chronology?actor=" + id);
    }

    @Test
    void an_unknown_actor_is_not_found() {
        long unknown = chronology.actors().stream()
                        .mapToLong(EventDetails.ActorRef::id)
                        .max()
                        .orElse(0)
                + 1000;

        UI.getCurrent().navigate("actors/" + unknown);

        assertThat(_find(ActorView.class)).isEmpty();
        assertThat(_find(org.brtimeline.base.ui.NotFoundView.class)).hasSize(1);
    }
}
