package org.brtimeline.chronology.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.brtimeline.IntegrationTest;
import org.brtimeline.TestCorpus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class EventApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    private JsonNode getJson(String url) throws Exception {
        return json.readTree(mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void the_chronology_is_a_page_of_events_in_date_order() throws Exception {
        JsonNode page = getJson("/api/events?size=1000");

        assertThatPage(page, TestCorpus.curatedEvents());
        LocalDate previous = LocalDate.MIN;
        for (JsonNode item : page.get("items")) {
            LocalDate earliest = LocalDate.parse(item.get("earliest").asText());
            org.assertj.core.api.Assertions.assertThat(earliest).isAfterOrEqualTo(previous);
            previous = earliest;
        }
    }

    /** The ids of a page's items, in order. */
    private static List<String> ids(JsonNode page) {
        List<String> ids = new java.util.ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static void assertThatPage(JsonNode page, int total) {
        org.assertj.core.api.Assertions.assertThat(page.get("total").asInt()).isEqualTo(total);
        org.assertj.core.api.Assertions.assertThat(page.get("items")).hasSize(total);
    }

    @Test
    void an_item_carries_its_dates_label_actors_and_evidence() throws Exception {
        mvc.perform(get("/api/events").param("q", "Golovchenko"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.total", is(1)))
                .andExpect(jsonPath("$.page", is(0)))
                .andExpect(jsonPath("$.size", is(100)))
                .andExpect(jsonPath("$.items[0].id").isNumber())
                .andExpect(jsonPath("$.items[0].start", is("2023-04-26")))
                .andExpect(jsonPath("$.items[0].end", is("2023-04-28")))
                .andExpect(jsonPath("$.items[0].earliest", is("2023-04-26")))
                .andExpect(jsonPath("$.items[0].latest", is("2023-04-28")))
                .andExpect(jsonPath("$.items[0].precision", is("day")))
                .andExpect(jsonPath("$.items[0].qualifier", nullValue()))
                .andExpect(jsonPath("$.items[0].label", is("26–28 April 2023")))
                .andExpect(jsonPath("$.items[0].category", is("economy")))
                .andExpect(jsonPath("$.items[0].actors[*].name", contains("Belarus", "Roman Golovchenko", "Russia")))
                .andExpect(jsonPath("$.items[0].evidence", hasSize(2)))
                .andExpect(jsonPath(
                        "$.items[0].evidence[0].articleSlug", is("situation-in-belarus-2023-04-24-union-state-region")))
                .andExpect(jsonPath("$.items[0].evidence[0].articleTitle", containsString("Union State")))
                .andExpect(jsonPath("$.items[0].evidence[0].publisher").isString())
                .andExpect(jsonPath("$.items[0].evidence[0].quote", containsString("From April 26th to 28th")))
                .andExpect(jsonPath("$.items[0].evidence[0].startOffset").isNumber())
                .andExpect(jsonPath("$.items[0].evidence[0].endOffset").isNumber())
                .andExpect(jsonPath("$.items[0].evidence[0].passage").isNumber())
                .andExpect(
                        jsonPath("$.items[0].evidence[0].readerUrl", containsString("/articles/situation-in-belarus")));
    }

    @Test
    void a_fuzzy_date_says_its_qualifier_and_wording() throws Exception {
        mvc.perform(get("/api/events").param("q", "Makei dies"))
                .andExpect(jsonPath("$.items[0].precision", is("month")))
                .andExpect(jsonPath("$.items[0].qualifier", is("late")))
                .andExpect(jsonPath("$.items[0].label", is("late November 2022")))
                .andExpect(jsonPath("$.items[0].wording", is("in late November")))
                .andExpect(jsonPath("$.items[0].earliest", is("2022-11-21")))
                .andExpect(jsonPath("$.items[0].latest", is("2022-11-30")));
    }

    @Test
    void a_window_returns_exactly_the_events_whose_possible_dates_overlap_it() throws Exception {
        List<String> overlapping = new java.util.ArrayList<>();
        for (JsonNode item : getJson("/api/events?size=1000").get("items")) {
            if (item.get("latest").asText().compareTo("2020-09-01") >= 0
                    && item.get("earliest").asText().compareTo("2020-09-05") <= 0) {
                overlapping.add(item.get("id").asText());
            }
        }
        JsonNode window = getJson("/api/events?from=2020-09-01&to=2020-09-05&size=1000");

        org.assertj.core.api.Assertions.assertThat(overlapping).isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(ids(window)).containsExactlyElementsOf(overlapping);
        org.assertj.core.api.Assertions.assertThat(window.get("total").asInt()).isEqualTo(overlapping.size());
    }

    @Test
    void the_search_looks_into_evidence_quotes_too() throws Exception {
        mvc.perform(get("/api/events").param("q", "Trident")).andExpect(jsonPath("$.total", is(0)));
        mvc.perform(get("/api/events").param("q", "JERUSALEM POST"))
                .andExpect(jsonPath("$.total", is(1)))
                .andExpect(jsonPath("$.items[0].start", is("2020-09-09")));
        mvc.perform(get("/api/events").param("q", "Mishustin"))
                .andExpect(jsonPath(
                        "$.items[*].title",
                        org.hamcrest.Matchers.hasItem("Russian Prime Minister Mishustin visits Minsk")));
    }

    @Test
    void pages_cut_the_chronology_into_consecutive_pieces_without_gaps_or_overlap() throws Exception {
        List<String> all = ids(getJson("/api/events?size=1000"));
        List<String> paged = new java.util.ArrayList<>();
        for (int page = 0; page * 7 < all.size(); page++) {
            JsonNode answer = getJson("/api/events?size=7&page=" + page);
            org.assertj.core.api.Assertions.assertThat(answer.get("total").asInt())
                    .isEqualTo(all.size());
            paged.addAll(ids(answer));
        }

        org.assertj.core.api.Assertions.assertThat(all).hasSizeGreaterThan(7);
        org.assertj.core.api.Assertions.assertThat(paged).containsExactlyElementsOf(all);
    }

    @Test
    void a_size_over_the_cap_is_capped() throws Exception {
        mvc.perform(get("/api/events").param("size", "5000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size", is(1000)));
    }

    @Test
    void a_page_number_too_large_for_a_page_number_is_refused_as_out_of_range_not_as_no_number() throws Exception {
        mvc.perform(get("/api/events").param("page", "99999999999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter", is("page")))
                .andExpect(jsonPath("$.message", is("page: '99999999999' is out of range (at most 2147483647)")));
        mvc.perform(get("/api/events").param("page", "2.5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", is("page: '2.5' is not a whole number")));
    }

    @Test
    void a_page_far_past_the_end_is_empty_not_an_error() throws Exception {
        mvc.perform(get("/api/events").param("page", "999999999").param("size", "1000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", org.hamcrest.Matchers.empty()))
                .andExpect(jsonPath("$.total", is(TestCorpus.curatedEvents())));
    }

    @Test
    void a_search_or_a_window_past_its_end_is_empty_with_its_total() throws Exception {
        for (String query : List.of("q=Minsk", "from=2020-01-01&to=2021-12-31")) {
            int total = getJson("/api/events?" + query).get("total").asInt();
            org.assertj.core.api.Assertions.assertThat(total).isPositive();
            for (String page : List.of("1", "999999999")) {
                JsonNode past = getJson("/api/events?size=1000&page=" + page + "&" + query);
                org.assertj.core.api.Assertions.assertThat(past.get("items"))
                        .as(query + " page " + page)
                        .isEmpty();
                org.assertj.core.api.Assertions.assertThat(past.get("total").asInt())
                        .isEqualTo(total);
            }
        }
    }

    @Test
    void one_event_is_found_by_its_id() throws Exception {
        long id = getJson("/api/events?q=Mishustin visits")
                .get("items")
                .get(0)
                .get("id")
                .asLong();

        mvc.perform(get("/api/events/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.start", is("2020-09-03")));
    }

    @Test
    void bad_parameters_are_answered_with_400_naming_the_parameter() throws Exception {
        expectBadParameter("/api/events?from=2020-02-30", "from");
        expectBadParameter("/api/events?to=yesterday", "to");
        expectBadParameter("/api/events?from=2021-01-01&to=2020-01-01", "from");
        expectBadParameter("/api/events?size=0", "size");
        expectBadParameter("/api/events?size=ten", "size");
        expectBadParameter("/api/events?page=-1", "page");
        expectBadParameter("/api/events/twelve", "id");
    }

    private void expectBadParameter(String url, String parameter) throws Exception {
        mvc.perform(get(url))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.parameter", is(parameter)))
                .andExpect(jsonPath("$.message", containsString(parameter + ":")))
                .andExpect(jsonPath("$.trace").doesNotExist())
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void an_unknown_id_is_answered_with_404_json() throws Exception {
        mvc.perform(get("/api/events/987654"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status", is(404)))
                .andExpect(jsonPath("$.message", containsString("987654")));
    }
}
