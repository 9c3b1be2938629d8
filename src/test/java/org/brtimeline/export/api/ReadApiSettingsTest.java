package org.brtimeline.export.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The read API's settings changed: with {@code app.api.cors-origins} set, the named sites may read the API from a
 * browser, and only read it; with a small {@code app.export.max-events}, a larger selection is refused, not cut.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:timeline-settings;DB_CLOSE_DELAY=-1",
            "app.api.cors-origins=https://friends.example.org, https://*.partner.example",
            "app.export.max-events=5"
        })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReadApiSettingsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void a_named_site_may_read_the_events_and_see_their_etag() throws Exception {
        mvc.perform(get("/api/events").header(HttpHeaders.ORIGIN, "https://friends.example.org"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://friends.example.org"))
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, containsString("ETag")));
    }

    @Test
    void a_preflight_from_a_named_site_is_answered_without_a_login() throws Exception {
        mvc.perform(options("/api/export/events.csv")
                        .header(HttpHeaders.ORIGIN, "https://data.partner.example")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "If-None-Match"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://data.partner.example"));
    }

    @Test
    void another_site_or_a_write_is_refused() throws Exception {
        mvc.perform(get("/api/events").header(HttpHeaders.ORIGIN, "https://elsewhere.example"))
                .andExpect(status().isForbidden());
        mvc.perform(options("/api/events")
                        .header(HttpHeaders.ORIGIN, "https://friends.example.org")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/events").header(HttpHeaders.ORIGIN, "https://friends.example.org"))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_export_of_more_events_than_allowed_is_refused_with_400_json() throws Exception {
        mvc.perform(get("/api/export/events.csv"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.message", containsString("an export holds at most 5")));
    }

    @Test
    void a_selection_within_the_limit_is_exported_whole() throws Exception {
        mvc.perform(get("/api/export/events.json").param("q", "Golovchenko"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()", is(1)));
    }
}
