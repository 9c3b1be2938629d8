package org.brtimeline.timeline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import org.brtimeline.ServedTest;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventQuery;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** oEmbed turns a permalink or a timeline address of this site into the embedded timeline's frame. */
@ServedTest
class OEmbedTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ChronologyService chronology;

    @Autowired
    ObjectMapper json;

    private String site() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(site() + path)).build(), BodyHandlers.ofString());
    }

    private HttpResponse<String> oEmbed(String url, String more) throws Exception {
        return get("/api/oembed?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8) + more);
    }

    private EventDetails anEvent() {
        return chronology.slice(EventQuery.everything(), 0, 1).get(0);
    }

    /** The iframe in an oEmbed answer's html. */
    private static Element iframe(JsonNode answer) {
        return Jsoup.parseBodyFragment(answer.get("html").asText()).selectFirst("iframe");
    }

    @Test
    void a_permalink_becomes_the_embedded_timeline_open_at_its_event() throws Exception {
        EventDetails event = anEvent();

        HttpResponse<String> response = oEmbed(site() + "/events/" + event.id(), "&format=json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.get("version").asText()).isEqualTo("1.0");
        assertThat(answer.get("type").asText()).isEqualTo("rich");
        assertThat(answer.get("title").asText()).isEqualTo(event.title());
        assertThat(answer.get("provider_url").asText()).isEqualTo(site() + "/");
        assertThat(answer.get("width").asInt()).isEqualTo(800);
        assertThat(answer.get("height").asInt()).isEqualTo(600);
        assertThat(iframe(answer).attr("src")).isEqualTo(site() + "/embed/timeline?event=" + event.id());
        assertThat(iframe(answer).attr("width")).isEqualTo("800");
    }

    @Test
    void a_timeline_address_keeps_its_filters_and_the_size_fits_the_consumer() throws Exception {
        HttpResponse<String> response = oEmbed(
                site() + "/timeline?q=%22union%20state%22&category=diplomacy&category=economy&utm_source=x",
                "&maxwidth=500&maxheight=900");

        JsonNode answer = json.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(iframe(answer).attr("src"))
                .isEqualTo(site() + "/embed/timeline?q=%22union%20state%22&category=diplomacy&category=economy");
        assertThat(answer.get("width").asInt()).isEqualTo(500);
        assertThat(answer.get("height").asInt()).isEqualTo(600);
    }

    @Test
    void other_sites_other_pages_and_unknown_events_are_not_embedded() throws Exception {
        assertThat(oEmbed("https://elsewhere.example.org/events/" + anEvent().id(), "")
                        .statusCode())
                .isEqualTo(404);
        assertThat(oEmbed(site() + "/articles/some-article", "").statusCode()).isEqualTo(404);
        assertThat(oEmbed(site() + "/events/999999999", "").statusCode()).isEqualTo(404);
        assertThat(oEmbed("not a url", "").statusCode()).isEqualTo(404);
        assertThat(oEmbed(site() + "/timeline", "&format=xml").statusCode()).isEqualTo(501);
        assertThat(oEmbed(site() + "/timeline", "&maxwidth=0").statusCode()).isEqualTo(400);
    }

    @Test
    void a_permalink_page_announces_its_oembed_for_consumers_that_read_the_first_html() throws Exception {
        EventDetails event = anEvent();

        String html = get("/events/" + event.id()).body();

        Element link = Jsoup.parse(html).selectFirst("link[rel=alternate][type=application/json+oembed]");
        assertThat(link).isNotNull();
        String discovered = link.attr("href");
        assertThat(discovered).startsWith(site() + "/api/oembed?url=");
        JsonNode answer = json.readTree(
                CLIENT.send(HttpRequest.newBuilder(URI.create(discovered)).build(), BodyHandlers.ofString())
                        .body());
        assertThat(answer.get("title").asText()).isEqualTo(event.title());
    }
}
