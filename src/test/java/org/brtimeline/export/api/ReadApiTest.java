package org.brtimeline.export.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.brtimeline.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/** The read API describes itself, answers a repeated request with 304, and is closed to other sites by default. */
@IntegrationTest
class ReadApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    private JsonNode spec() throws Exception {
        return json.readTree(mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void the_openapi_description_lists_the_event_list_with_its_parameters_and_the_error_shape() throws Exception {
        JsonNode spec = spec();

        List<String> parameters = new ArrayList<>();
        spec.at("/paths/~1api~1events/get/parameters")
                .forEach(p -> parameters.add(p.get("name").asText()));
        assertThat(parameters)
                .containsExactlyInAnyOrder("from", "to", "q", "actor", "category", "article", "page", "size", "sort");
        assertThat(spec.at("/paths/~1api~1events/get/responses/400/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/ApiError");
        assertThat(spec.at("/components/schemas/ApiError/properties").fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("status", "error", "parameter", "message");
        assertThat(spec.at("/components/schemas/EventDetails/properties/evidence")
                        .isMissingNode())
                .isFalse();
        assertThat(spec.at("/components/schemas/ArticleText").isMissingNode()).isFalse();
    }

    @Test
    void the_description_covers_the_api_the_exports_and_the_feed_only() throws Exception {
        List<String> paths = new ArrayList<>();
        spec().get("paths").fieldNames().forEachRemaining(paths::add);

        assertThat(paths)
                .contains(
                        "/api/events",
                        "/api/events/{id}",
                        "/api/articles",
                        "/api/articles/{slug}",
                        "/api/export/events.csv",
                        "/api/export/events.json",
                        "/api/export/timelinejs.json",
                        "/api/export/annotations.jsonld",
                        "/api/export/events.ics",
                        "/feed.atom")
                .allMatch(path -> path.startsWith("/api/") || path.equals("/feed.atom"))
                .doesNotContain("/api/**");
    }

    @Test
    void the_browsable_description_is_open_to_readers() throws Exception {
        mvc.perform(get("/swagger-ui.html"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string(HttpHeaders.LOCATION, startsWith("/swagger-ui/index.html")));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void a_repeated_request_with_the_etag_is_answered_304_without_a_body() throws Exception {
        for (String url : List.of("/api/events?q=Golovchenko", "/api/articles", "/api/export/events.csv")) {
            String etag = mvc.perform(get(url))
                    .andExpect(status().isOk())
                    .andExpect(header().exists(HttpHeaders.ETAG))
                    .andReturn()
                    .getResponse()
                    .getHeader(HttpHeaders.ETAG);

            var again = mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, etag))
                    .andExpect(status().isNotModified())
                    .andReturn()
                    .getResponse();

            assertThat(again.getContentAsByteArray()).as(url).isEmpty();
        }
    }

    @Test
    void a_changed_answer_has_another_etag() throws Exception {
        String one = mvc.perform(get("/api/events?q=Golovchenko"))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        String other = mvc.perform(get("/api/events?q=Mishustin"))
                .andReturn()
                .getResponse()
                .getHeader("ETag");

        assertThat(one).isNotEqualTo(other);
        mvc.perform(get("/api/events?q=Mishustin").header(HttpHeaders.IF_NONE_MATCH, one))
                .andExpect(status().isOk());
    }

    @Test
    void other_sites_may_not_read_the_api_from_a_browser_by_default() throws Exception {
        mvc.perform(get("/api/events").header(HttpHeaders.ORIGIN, "https://elsewhere.example"))
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
    }
}
