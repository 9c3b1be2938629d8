package org.brtimeline.reader.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
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
class ArticleReaderViewTest {

    private static final String EPOCH = "epoch-times-putin-arrives-in-minsk-2022-12-19";

    @Autowired
    ChronologyService chronology;

    @Test
    void the_reader_shows_the_metadata_and_highlights_every_quote() {
        UI.getCurrent().navigate("articles/" + EPOCH);

        ArticleReaderView view = _get(ArticleReaderView.class);
        assertThat(view.title.getText()).isEqualTo("Putin arrives in Minsk for a one-day working visit to Lukashenko");
        assertThat(view.meta.getElement().getTextRecursively()).contains("The Epoch Times", "19 December 2022");
        List<EvidenceMark> marks = _find(view.body, EvidenceMark.class);
        assertThat(marks).isNotEmpty();
        assertThat(marks).extracting(m -> m.getText()).anyMatch(t -> t.contains("in late November"));
        assertThat(marks).noneMatch(EvidenceMark::isFocused);
    }

    @Test
    void overlapping_quotes_of_two_events_are_both_kept() {
        UI.getCurrent().navigate("articles/" + EPOCH);

        List<EvidenceMark> marks = _find(_get(ArticleReaderView.class).body, EvidenceMark.class);

        assertThat(marks)
                .anySatisfy(m ->
                        assertThat(m.getElement().getAttribute("data-evidence")).contains(" "));
    }

    @Test
    void a_link_with_evidence_marks_that_quote_distinctly() {
        EventDetails makei = chronology
                .search(
                        EventQuery.window(null, null, "Makei dies"),
                        0,
                        1,
                        org.brtimeline.chronology.EventOrder.BEST_MATCH)
                .items()
                .get(0);
        long evidence = makei.evidence().get(0).id();

        UI.getCurrent()
                .navigate(
                        "articles/" + EPOCH,
                        com.vaadin.flow.router.QueryParameters.of("evidence", String.valueOf(evidence)));

        List<EvidenceMark> focused = _find(_get(ArticleReaderView.class).body, EvidenceMark.class).stream()
                .filter(EvidenceMark::isFocused)
                .toList();
        assertThat(focused).isNotEmpty();
        assertThat(String.join("", focused.stream().map(m -> m.getText()).toList()))
                .contains("in late November");
        assertThat(focused.get(0).getClassNames()).contains("evidence-focus");
    }

    @Test
    void paragraphs_carry_their_offsets_into_the_text() {
        UI.getCurrent().navigate("articles/" + EPOCH);

        var first = _get(ArticleReaderView.class).body.getChildren().findFirst().orElseThrow();
        assertThat(first.getElement().getAttribute("data-start")).isEqualTo("0");
    }

    @Test
    void the_reader_lists_the_events_the_article_supports_with_their_permalinks() {
        List<EventDetails> supported = chronology.slice(EventQuery.ofArticle(EPOCH), 0, 100);
        assertThat(supported).isNotEmpty();

        UI.getCurrent().navigate("articles/" + EPOCH);

        ArticleEvents events = _get(ArticleReaderView.class).supported;
        assertThat(events.isVisible()).isTrue();
        assertThat(_find(events.events, ListItem.class))
                .extracting(item -> item.getElement().getTextRecursively())
                .containsExactlyElementsOf(supported.stream()
                        .map(e -> e.label() + " · " + e.title())
                        .toList());
        assertThat(_find(events.events, Anchor.class))
                .extracting(Anchor::getHref)
                .containsExactlyElementsOf(
                        supported.stream().map(e -> "events/" + e.id()).toList());
    }

    @Test
    void the_reader_links_to_the_timeline_filtered_to_the_article() {
        UI.getCurrent().navigate("articles/" + EPOCH);

        assertThat(_get(ArticleReaderView.class).supported.onTimeline.getHref()).isEqualTo("timeline?article=" + EPOCH);
    }

    @Test
    void a_search_carried_to_the_reader_is_marked_in_the_text_in_every_spelling_without_changing_it() {
        UI.getCurrent()
                .navigate("articles/" + EPOCH, com.vaadin.flow.router.QueryParameters.fromString("q=Lukashenka"));
        ArticleReaderView view = _get(ArticleReaderView.class);

        var hits = _find(view.body, org.brtimeline.base.ui.SearchHits.Mark.class);

        assertThat(hits).isNotEmpty();
        assertThat(hits)
                .allSatisfy(hit -> assertThat(hit.getElement().getText()).matches("(?i)(alexander )?lukashenk[oa]"));
        String shown = view.body.getElement().getTextRecursively();
        UI.getCurrent().navigate("articles/" + EPOCH);
        assertThat(_get(ArticleReaderView.class).body.getElement().getTextRecursively())
                .isEqualTo(shown);
    }
}
