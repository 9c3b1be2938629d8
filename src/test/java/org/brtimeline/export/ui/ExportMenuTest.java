package org.brtimeline.export.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import org.brtimeline.AnonymousReader;
import org.brtimeline.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@ExtendWith(AnonymousReader.class)
class ExportMenuTest {

    private static final String SELECTION = "q=Lukashenko&category=diplomacy&category=statement";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    private static List<String> links() {
        List<ExportMenu> menus = _find(ExportMenu.class);
        assertThat(menus).hasSize(1);
        return menus.get(0).links.stream().map(Anchor::getHref).toList();
    }

    @Test
    void the_list_offers_every_format_for_its_selection_but_not_the_open_event() {
        UI.getCurrent().navigate("chronology", QueryParameters.fromString(SELECTION + "&event=1"));

        assertThat(links())
                .hasSize(ExportMenu.FORMATS.size())
                .allSatisfy(href -> assertThat(href)
                        .startsWith("api/export/")
                        .contains("q=Lukashenko")
                        .contains("category=diplomacy&category=statement")
                        .doesNotContain("event="))
                .contains("api/export/events.csv?rows=evidence&q=Lukashenko&category=diplomacy&category=statement");
    }

    @Test
    void the_timeline_offers_the_events_of_its_window() {
        UI.getCurrent().navigate("timeline", QueryParameters.fromString("from=2020-08-01&to=2020-12-31&q=Mishustin"));

        assertThat(links())
                .allSatisfy(href -> assertThat(href)
                        .contains("from=2020-08-01")
                        .contains("to=2020-12-31")
                        .contains("q=Mishustin"));
    }

    @Test
    void a_link_downloads_the_events_the_list_shows() throws Exception {
        UI.getCurrent().navigate("chronology", QueryParameters.fromString(SELECTION));
        String jsonLink = links().stream()
                .filter(href -> href.startsWith("api/export/events.json"))
                .findFirst()
                .orElseThrow();

        JsonNode exported = json.readTree(mvc.perform(get("/" + jsonLink))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        JsonNode listed = json.readTree(mvc.perform(get("/api/events?sort=date&size=1000&" + SELECTION))
                .andReturn()
                .getResponse()
                .getContentAsString());

        List<String> exportedIds = new ArrayList<>();
        exported.forEach(e -> exportedIds.add(e.get("id").asText()));
        List<String> listedIds = new ArrayList<>();
        listed.get("items").forEach(e -> listedIds.add(e.get("id").asText()));
        assertThat(exportedIds).isNotEmpty().isEqualTo(listedIds);
    }
}
