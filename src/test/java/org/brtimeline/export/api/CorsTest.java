package org.brtimeline.export.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** With {@code app.api.cors-origins} set, the named sites may read the API from a browser, and only read it. */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:timeline-cors;DB_CLOSE_DELAY=-1",
            "app.api.cors-origins=https://friends.example.org, https://*.partner.example"
        })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CorsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void a_named_site_may_read_the_events_and_see_their_etag() throws Exception {
        mvc.perform(get("/api/events").header(HttpHeaders.ORIGIN, "https://friends.example.org"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://friends.example.org"))
                .andExpect(header().string(
                                HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                                org.hamcrest.Matchers.containsString("ETag")));
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
}
