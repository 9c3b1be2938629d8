package org.brtimeline.export.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.brtimeline.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class FeedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    private SyndFeed feed(String url) throws Exception {
        String xml = mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return new SyndFeedInput().build(new StringReader(xml));
    }

    private List<JsonNode> newestFirst(String filters) throws Exception {
        JsonNode page =
                json.readTree(mvc.perform(get("/api/events?sort=-date&size=" + FeedController.ENTRIES + "&" + filters))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        List<JsonNode> events = new ArrayList<>();
        page.get("items").forEach(events::add);
        return events;
    }

    @Test
    void the_feed_holds_the_latest_events_newest_first_each_with_what_a_feed_reader_needs() throws Exception {
        SyndFeed feed = feed("/feed.atom");
        List<JsonNode> latest = newestFirst("");

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isNotBlank();
        assertThat(feed.getUri()).isEqualTo("http://localhost/feed.atom");
        assertThat(feed.getPublishedDate()).isNotNull();
        assertThat(feed.getEntries())
                .extracting(SyndEntry::getUri)
                .isEqualTo(latest.stream()
                        .map(e -> "http://localhost/events/" + e.get("id").asText())
                        .toList());
        SyndEntry first = feed.getEntries().get(0);
        JsonNode event = latest.get(0);
        assertThat(first.getTitle())
                .isEqualTo(
                        event.get("label").asText() + ": " + event.get("title").asText());
        assertThat(first.getLink()).isEqualTo(first.getUri());
        assertThat(first.getUpdatedDate()).isNotNull();
        assertThat(first.getContents().get(0).getValue())
                .contains("http://localhost" + event.at("/evidence/0/readerUrl").asText());
    }

    @Test
    void the_feed_takes_the_filters_of_the_event_list() throws Exception {
        SyndFeed feed = feed("/feed.atom?q=Lukashenko&category=statement");

        assertThat(feed.getEntries())
                .extracting(SyndEntry::getUri)
                .isNotEmpty()
                .isEqualTo(newestFirst("q=Lukashenko&category=statement").stream()
                        .map(e -> "http://localhost/events/" + e.get("id").asText())
                        .toList());
        assertThat(feed.getUri()).isEqualTo("http://localhost/feed.atom?q=Lukashenko&category=statement");
        mvc.perform(get("/feed.atom?from=yesterday")).andExpect(status().isBadRequest());
    }

    @Test
    void a_feed_reader_asking_again_gets_304() throws Exception {
        String etag = mvc.perform(get("/feed.atom")).andReturn().getResponse().getHeader(HttpHeaders.ETAG);

        mvc.perform(get("/feed.atom").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string(HttpHeaders.ETAG, etag));
    }
}
