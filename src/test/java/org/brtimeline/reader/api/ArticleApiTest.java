package org.brtimeline.reader.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.brtimeline.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ArticleApiTest {

    private static final String RFERL = "rferl-russian-pm-in-minsk-2020-09-03";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    /** The JSON a GET answers with 200. */
    private JsonNode read(String address) throws Exception {
        return json.readTree(mvc.perform(get(address))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void the_articles_are_listed_with_metadata_and_event_counts() throws Exception {
        mvc.perform(get("/api/articles"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(5)))
                .andExpect(
                        jsonPath("$[?(@.slug == '" + RFERL + "')].publisher", org.hamcrest.Matchers.contains("RFE/RL")))
                .andExpect(jsonPath(
                        "$[?(@.slug == '" + RFERL + "')].published", org.hamcrest.Matchers.contains("2020-09-03")))
                .andExpect(jsonPath("$[?(@.slug == '" + RFERL + "')].precision", org.hamcrest.Matchers.contains("day")))
                .andExpect(jsonPath(
                        "$[?(@.slug == '" + RFERL + "')].url",
                        org.hamcrest.Matchers.contains(containsString("rferl.org"))))
                .andExpect(jsonPath("$[?(@.slug == '" + RFERL + "')].eventCount", org.hamcrest.Matchers.contains(15)));
    }

    @Test
    void the_articles_come_a_page_at_a_time_oldest_first_and_a_bad_page_is_a_400() throws Exception {
        String all = mvc.perform(get("/api/articles")).andReturn().getResponse().getContentAsString();
        JsonNode everyArticle = json.readTree(all);

        mvc.perform(get("/api/articles?page=1&size=2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].slug")
                        .value(everyArticle.get(2).get("slug").asText()))
                .andExpect(jsonPath("$[1].slug")
                        .value(everyArticle.get(3).get("slug").asText()));
        mvc.perform(get("/api/articles?page=2&size=2")).andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(get("/api/articles?size=0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("size"));
        mvc.perform(get("/api/articles?page=-1")).andExpect(status().isBadRequest());
    }

    @Test
    void the_articles_sort_by_title_and_an_unknown_order_is_a_400() throws Exception {
        JsonNode byTitle = read("/api/articles?sort=title&order=desc");
        List<String> titles = new java.util.ArrayList<>();
        byTitle.forEach(a -> titles.add(a.get("title").asText()));
        assertThat(titles).hasSize(5).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());

        mvc.perform(get("/api/articles?sort=length"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("sort"))
                .andExpect(jsonPath("$.message").value(containsString("events, published, publisher, title")));
        mvc.perform(get("/api/articles?order=up")).andExpect(status().isBadRequest());
    }

    @Test
    void the_articles_sort_by_the_published_events_that_cite_them() throws Exception {
        JsonNode byEvents = read("/api/articles?sort=events&order=desc");
        JsonNode events = read("/api/events?size=1000");
        java.util.Map<String, Integer> citing = new java.util.HashMap<>();
        for (JsonNode event : events.get("items")) {
            java.util.Set<String> cited = new java.util.HashSet<>();
            event.get("evidence").forEach(e -> cited.add(e.get("articleSlug").asText()));
            cited.forEach(slug -> citing.merge(slug, 1, Integer::sum));
        }

        List<Integer> counts = new java.util.ArrayList<>();
        byEvents.forEach(a -> {
            counts.add(a.get("eventCount").asInt());
            assertThat(a.get("eventCount").asInt())
                    .as(a.get("slug").asText())
                    .isEqualTo(citing.getOrDefault(a.get("slug").asText(), 0));
        });
        assertThat(counts).hasSize(5).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(counts.get(0)).isEqualTo(15);
    }

    @Test
    void an_article_comes_with_the_text_that_every_offset_indexes_into() throws Exception {
        JsonNode article = read("/api/articles/" + RFERL);
        JsonNode events = read("/api/events?size=1000");
        String text = article.get("text").asText();

        assertThat(article.get("passages")).isNotEmpty();
        JsonNode firstPassage = article.get("passages").get(0);
        assertThat(text.substring(
                        firstPassage.get("startOffset").asInt(),
                        firstPassage.get("endOffset").asInt()))
                .isEqualTo("UNITED24 - Make a charitable donation in support of Ukraine!");
        int checked = 0;
        for (JsonNode event : events.get("items")) {
            for (JsonNode evidence : event.get("evidence")) {
                if (evidence.get("articleSlug").asText().equals(RFERL)) {
                    assertThat(text.substring(
                                    evidence.get("startOffset").asInt(),
                                    evidence.get("endOffset").asInt()))
                            .isEqualTo(evidence.get("quote").asText());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void an_unknown_article_is_answered_with_404_json() throws Exception {
        mvc.perform(get("/api/articles/no-such-article"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message", is("No article with slug 'no-such-article'")));
    }
}
