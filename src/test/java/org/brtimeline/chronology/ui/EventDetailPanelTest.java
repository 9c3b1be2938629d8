package org.brtimeline.chronology.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.base.DateQualifier;
import org.brtimeline.chronology.ActorKind;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.DateBasis;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The detail panel alone: honest dates, evidence, and markup shown as text. */
class EventDetailPanelTest {

    private static final String MARKUP = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static EventDetails event(String title, String quote) {
        var evidence = new EventDetails.EvidenceDetails(
                5,
                "an-article",
                "An " + MARKUP,
                "Publisher",
                LocalDate.of(2022, 12, 19),
                DatePrecision.DAY,
                quote,
                10,
                10 + quote.length(),
                0,
                "/articles/an-article?evidence=5");
        return new EventDetails(
                1,
                title,
                MARKUP,
                LocalDate.of(2022, 11, 1),
                null,
                LocalDate.of(2022, 11, 21),
                LocalDate.of(2022, 11, 30),
                DatePrecision.MONTH,
                DateQualifier.LATE,
                "late November 2022",
                "in late November",
                DateBasis.STATED,
                null,
                Category.POLITICS,
                EventStatus.PUBLISHED,
                List.of(new EventDetails.ActorRef(2, MARKUP, ActorKind.PERSON)),
                List.of(),
                List.of(evidence),
                0);
    }

    @Test
    void a_fuzzy_date_shows_its_wording_and_every_possible_day() {
        EventDetailPanel panel = new EventDetailPanel(List.of());

        panel.show(event("Makei dies", "in late November"), false);

        String text = panel.getElement().getTextRecursively();
        assertThat(text).contains("late November 2022 (“in late November”)", "2022-11-21 – 2022-11-30");
        assertThat(text).doesNotContain("Edit this event");
    }

    @Test
    void markup_in_titles_summaries_actors_and_quotes_is_shown_as_text() {
        EventDetailPanel panel = new EventDetailPanel(List.of());

        panel.show(event(MARKUP, MARKUP), true);

        assertThat(panel.shownTitle()).isEqualTo(MARKUP);
        assertThat(panel.getElement().getTextRecursively()).contains(MARKUP);
        assertThat(panel.getElement().getTextRecursively()).contains("Edit this event");
        panel.getElement().getChildren().forEach(this::assertNoScriptElements);
        assertThat(_find(panel, Paragraph.class)).isNotEmpty();
    }

    @Test
    void each_actor_links_to_their_page() {
        EventDetailPanel panel = new EventDetailPanel(List.of());

        panel.show(event("Makei dies", "in late November"), false);

        assertThat(_find(panel, Anchor.class, spec -> spec.withClasses("actor-link")))
                .singleElement()
                .satisfies(link -> {
                    assertThat(link.getHref()).isEqualTo("actors/2");
                    assertThat(link.getText()).isEqualTo(MARKUP);
                });
    }

    private void assertNoScriptElements(com.vaadin.flow.dom.Element element) {
        if (element.isTextNode()) {
            return;
        }
        assertThat(element.getTag()).isNotIn("script", "img");
        element.getChildren().forEach(this::assertNoScriptElements);
    }
}
