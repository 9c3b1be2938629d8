package org.brtimeline.export.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.brtimeline.IntegrationTest;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CitationApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    /** The first published event, as the API gives it. */
    private JsonNode anEvent() throws Exception {
        return json.readTree(body("/api/events?size=1")).get("items").get(0);
    }

    private String body(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void csl_json_has_one_item_per_article_of_the_evidence_with_its_quotes() throws Exception {
        JsonNode event = anEvent();
        JsonNode evidence = event.get("evidence").get(0);

        mvc.perform(get("/api/events/" + event.get("id").asLong() + "/cite.json"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.citationstyles.csl+json;charset=UTF-8"))
                .andExpect(header().string(
                                "Content-Disposition",
                                "attachment; filename=\"event-"
                                        + event.get("id").asLong() + "-sources.json\""));
        JsonNode items = json.readTree(body("/api/events/" + event.get("id").asLong() + "/cite.json"));
        JsonNode item = items.get(0);
        assertThat(item.get("id").asText())
                .isEqualTo(evidence.get("articleSlug").asText());
        assertThat(item.get("type").asText()).isEqualTo("article-newspaper");
        assertThat(item.get("title").asText())
                .isEqualTo(evidence.get("articleTitle").asText());
        assertThat(item.get("container-title").asText())
                .isEqualTo(evidence.get("publisher").asText());
        assertThat(item.get("abstract").asText()).contains(evidence.get("quote").asText());
        assertThat(item.get("issued").get("date-parts").get(0).get(0).asInt())
                .isEqualTo(Integer.parseInt(
                        evidence.get("articlePublished").asText().substring(0, 4)));
        assertThat(item.get("note").asText())
                .contains("http://localhost/events/" + event.get("id").asLong());
    }

    @Test
    void bibtex_and_ris_of_an_event_parse_back() throws Exception {
        JsonNode event = anEvent();
        long id = event.get("id").asLong();
        String slug = event.get("evidence").get(0).get("articleSlug").asText();

        BibTeXParser parser = new BibTeXParser();
        BibTeXDatabase bib = parser.parse(new StringReader(body("/api/events/" + id + "/cite.bib")));
        assertThat(parser.getExceptions()).isEmpty();
        Map<Key, BibTeXEntry> entries = bib.getEntries();
        assertThat(entries).containsKey(new Key(slug));
        assertThat(entries.get(new Key(slug)).getField(BibTeXEntry.KEY_URL)).isNotNull();

        String ris = body("/api/events/" + id + "/cite.ris");
        assertThat(ris)
                .startsWith("TY  - NEWS\r\n")
                .contains("ID  - " + slug + "\r\n")
                .endsWith("ER  - \r\n");
    }

    @Test
    void an_unknown_event_has_no_citations() throws Exception {
        mvc.perform(get("/api/events/999999999/cite.bib"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void the_openapi_description_lists_the_citation_formats() throws Exception {
        JsonNode paths = json.readTree(body("/v3/api-docs")).get("paths");

        assertThat(paths.has("/api/events/{id}/cite.json")).isTrue();
        assertThat(paths.has("/api/events/{id}/cite.bib")).isTrue();
        assertThat(paths.has("/api/events/{id}/cite.ris")).isTrue();
    }
}
