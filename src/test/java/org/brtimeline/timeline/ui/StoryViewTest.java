package org.brtimeline.timeline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
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
class StoryViewTest {

    private static final String FILTERS = "from=2020-08-01&to=2020-12-31";

    @Autowired
    ChronologyService chronology;

    /** The events the filters select, in date order, as the service gives them. */
    private List<EventDetails> selection(String filters) {
        EventQuery query =
                ChronologyFilter.from(QueryParameters.fromString(filters)).query();
        return chronology.slice(query, 0, ChronologyService.MAX_PAGE_SIZE);
    }

    private StoryView openStory(String parameters) {
        UI.getCurrent().navigate("story", QueryParameters.fromString(parameters));
        BrowserHistory.changes();
        return _get(StoryView.class);
    }

    @Test
    void a_story_starts_with_the_first_selected_event_and_says_where_it_stands() {
        List<EventDetails> events = selection(FILTERS);
        StoryView story = openStory(FILTERS);

        assertThat(events).hasSizeGreaterThan(2);
        EventDetails first = events.get(0);
        assertThat(story.step.date.getText()).isEqualTo(first.label());
        assertThat(story.step.title.getText()).isEqualTo(first.title());
        assertThat(story.position.getText()).isEqualTo("1 of " + events.size());
        assertThat(story.previous.isEnabled()).isFalse();
        assertThat(story.next.isEnabled()).isTrue();
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith(first.title());
    }

    @Test
    void each_quote_links_to_its_place_in_the_article() {
        EventDetails withEvidence = selection(FILTERS).stream()
                .filter(e -> !e.evidence().isEmpty())
                .findFirst()
                .orElseThrow();
        StoryView story = openStory(FILTERS + "&event=" + withEvidence.id());

        assertThat(story.step.quotes.getElement().getTextRecursively())
                .contains(withEvidence.evidence().get(0).quote());
        assertThat(_find(story.step.quotes, Anchor.class))
                .extracting(Anchor::getHref)
                .containsExactlyElementsOf(withEvidence.evidence().stream()
                        .map(ev -> ev.readerUrl().substring(1))
                        .toList());
    }

    @Test
    void next_and_previous_step_through_the_selection_and_each_step_gets_a_history_entry() {
        List<EventDetails> events = selection(FILTERS);
        StoryView story = openStory(FILTERS);

        _click(story.next);

        assertThat(story.step.title.getText()).isEqualTo(events.get(1).title());
        assertThat(story.position.getText()).isEqualTo("2 of " + events.size());
        assertThat(BrowserHistory.changes())
                .containsExactly(new BrowserHistory.Change(
                        true, "story?" + FILTERS + "&event=" + events.get(1).id()));

        _click(story.previous);

        assertThat(story.step.title.getText()).isEqualTo(events.get(0).title());
        assertThat(BrowserHistory.changes())
                .containsExactly(new BrowserHistory.Change(
                        true, "story?" + FILTERS + "&event=" + events.get(0).id()));
    }

    @Test
    void the_arrow_keys_step_too() {
        List<EventDetails> events = selection(FILTERS);
        StoryView story = openStory(FILTERS);

        ShortcutsKt.fireShortcut(Key.ARROW_RIGHT);
        ShortcutsKt.fireShortcut(Key.ARROW_RIGHT);
        ShortcutsKt.fireShortcut(Key.ARROW_LEFT);

        assertThat(story.step.title.getText()).isEqualTo(events.get(1).title());
    }

    @Test
    void going_back_to_a_step_s_address_shows_that_step_again() {
        List<EventDetails> events = selection(FILTERS);
        StoryView story = openStory(FILTERS);
        _click(story.next);
        Location second = new Location(BrowserHistory.changes().get(0).url());
        _click(story.next);

        UI.getCurrent().navigate(second.getPath(), second.getQueryParameters());

        assertThat(story.step.title.getText()).isEqualTo(events.get(1).title());
        assertThat(story.position.getText()).isEqualTo("2 of " + events.size());
    }

    @Test
    void a_step_s_address_opens_it() {
        List<EventDetails> events = selection(FILTERS);
        EventDetails last = events.get(events.size() - 1);

        StoryView story = openStory(FILTERS + "&event=" + last.id());

        assertThat(story.step.title.getText()).isEqualTo(last.title());
        assertThat(story.position.getText()).isEqualTo(events.size() + " of " + events.size());
        assertThat(story.next.isEnabled()).isFalse();
    }

    @Test
    void an_empty_selection_says_so() {
        StoryView story = openStory("q=no-event-says-this-zzz");

        assertThat(story.empty.isVisible()).isTrue();
        assertThat(story.step.isVisible()).isFalse();
        assertThat(story.previous.isEnabled()).isFalse();
        assertThat(story.next.isEnabled()).isFalse();
    }

    @Test
    void the_story_links_back_to_the_list_with_its_filters_and_the_event_on_show() {
        List<EventDetails> events = selection(FILTERS);
        StoryView story = openStory(FILTERS);

        assertThat(story.list.getHref()).isEqualTo("chronology?" + FILTERS);

        _click(story.next);

        assertThat(story.list.getHref())
                .isEqualTo("chronology?" + FILTERS + "&event=" + events.get(1).id());
    }
}
