package org.brtimeline.export.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import org.brtimeline.AnonymousReader;
import org.brtimeline.IntegrationTest;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventOrder;
import org.brtimeline.chronology.EventQuery;
import org.brtimeline.export.Citations.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ExtendWith(AnonymousReader.class)
class CiteToolTest {

    @Autowired
    ChronologyService chronology;

    private EventDetails makei() {
        return chronology
                .search(EventQuery.window(null, null, "Makei dies"), 0, 1, EventOrder.BEST_MATCH)
                .items()
                .get(0);
    }

    @Test
    void cite_on_the_permalink_shows_the_sources_in_every_format_to_copy_or_download() {
        EventDetails makei = makei();
        UI.getCurrent().navigate("events/" + makei.id());

        _click(_get(Button.class, spec -> spec.withClasses("cite-button")));

        CiteDialog dialog = _get(CiteDialog.class);
        String title = makei.evidence().get(0).articleTitle();
        assertThat(dialog.texts.get(Format.CSL_JSON).getValue()).contains("\"article-newspaper\"", title);
        assertThat(dialog.texts.get(Format.BIBTEX).getValue()).startsWith("@article{");
        assertThat(dialog.texts.get(Format.RIS).getValue()).startsWith("TY  - NEWS");
        assertThat(dialog.downloads.get(Format.BIBTEX).getHref()).isEqualTo("api/events/" + makei.id() + "/cite.bib");
        assertThat(dialog.downloads.values())
                .allSatisfy(link ->
                        assertThat(link.getElement().hasAttribute("download")).isTrue());
    }

    @Test
    void the_timeline_detail_offers_cite_too() {
        UI.getCurrent().navigate("timeline", QueryParameters.fromString("event=" + makei().id()));

        assertThat(_find(Button.class, spec -> spec.withClasses("cite-button"))).hasSize(1);
    }
}
