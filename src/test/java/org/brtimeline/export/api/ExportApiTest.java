package org.brtimeline.export.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.brtimeline.IntegrationTest;
import org.brtimeline.TestCorpus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ExportApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    private String body(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private JsonNode jsonAt(String url) throws Exception {
        return json.readTree(body(url));
    }

    /** Every matching event as the event list gives it, in date order. */
    private List<JsonNode> listed(String filters) throws Exception {
        JsonNode page = jsonAt("/api/events?size=1000&sort=date&" + filters);
        return StreamSupport.stream(page.get("items").spliterator(), false).toList();
    }

    private static List<String> ids(Iterable<JsonNode> events) {
        List<String> ids = new ArrayList<>();
        events.forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }

    private List<CSVRecord> csv(String url) throws Exception {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body(url)))
                .getRecords();
    }

    @Test
    void the_json_export_is_every_event_of_the_list_in_its_shape_and_order() throws Exception {
        JsonNode exported = jsonAt("/api/export/events.json");

        assertThat(exported).hasSize(TestCorpus.curatedEvents());
        assertThat(exported).containsExactlyElementsOf(listed(""));
    }

    @Test
    void exports_take_the_filters_of_the_event_list() throws Exception {
        for (String filters : List.of(
                "q=Golovchenko",
                "from=2020-08-01&to=2020-09-30",
                "category=protest&category=repression",
                "q=Putin&from=2022-01-01")) {
            List<String> expected = ids(listed(filters));

            assertThat(expected).as(filters).isNotEmpty();
            assertThat(ids(jsonAt("/api/export/events.json?" + filters)))
                    .as(filters)
                    .isEqualTo(expected);
            assertThat(csv("/api/export/events.csv?" + filters))
                    .as(filters)
                    .extracting(r -> r.get("event_id"))
                    .isEqualTo(expected);
        }
    }

    @Test
    void an_actor_and_an_article_narrow_the_list_and_the_exports_alike() throws Exception {
        JsonNode first = listed("q=Golovchenko").get(0);
        String actor = first.get("actors").get(1).get("id").asText();
        String article = first.get("evidence").get(0).get("articleSlug").asText();

        for (String filters : List.of("actor=" + actor, "article=" + article)) {
            List<String> expected = ids(listed(filters));
            assertThat(expected)
                    .as(filters)
                    .contains(first.get("id").asText())
                    .hasSizeLessThan(TestCorpus.curatedEvents());
            assertThat(ids(jsonAt("/api/export/events.json?" + filters)))
                    .as(filters)
                    .isEqualTo(expected);
        }
    }

    @Test
    void the_csv_has_a_row_per_event_or_per_piece_of_evidence() throws Exception {
        List<JsonNode> events = listed("");
        int evidence = events.stream().mapToInt(e -> e.get("evidence").size()).sum();

        mvc.perform(get("/api/export/events.csv"))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("events.csv")));
        List<CSVRecord> perEvent = csv("/api/export/events.csv");
        List<CSVRecord> perEvidence = csv("/api/export/events.csv?rows=evidence");

        assertThat(perEvent).extracting(r -> r.get("event_id")).isEqualTo(ids(events));
        assertThat(perEvent.get(0).get("quote"))
                .isEqualTo(events.get(0).get("evidence").get(0).get("quote").asText());
        assertThat(perEvidence).hasSize(evidence);
        assertThat(perEvidence)
                .allSatisfy(r -> assertThat(r.get("source_url")).startsWith("http://localhost/articles/"));
    }

    @Test
    void every_timelinejs_slide_has_the_fields_timelinejs_requires_and_dates_only_as_precise_as_known()
            throws Exception {
        JsonNode timeline = jsonAt("/api/export/timelinejs.json");
        Map<String, JsonNode> events = new HashMap<>();
        listed("").forEach(e -> events.put("event-" + e.get("id").asText(), e));

        assertThat(timeline.at("/title/text/headline").asText()).isNotBlank();
        assertThat(timeline.get("events")).hasSize(events.size());
        for (JsonNode slide : timeline.get("events")) {
            JsonNode event = events.get(slide.get("unique_id").asText());
            String precision = event.get("precision").asText();
            assertThat(slide.at("/start_date/year").isInt()).isTrue();
            assertThat(slide.at("/text/headline").asText()).isNotBlank();
            assertThat(slide.get("display_date").asText())
                    .isEqualTo(event.get("label").asText());
            assertThat(slide.at("/start_date").has("month")).isEqualTo(!precision.equals("year"));
            assertThat(slide.at("/start_date").has("day"))
                    .isEqualTo(precision.equals("day") || precision.equals("week"));
            assertThat(slide.get("group").asText())
                    .isEqualTo(event.get("category").asText());
            JsonNode evidence = event.get("evidence").get(0);
            assertThat(slide.at("/text/text").asText())
                    .contains("http://localhost"
                            + evidence.get("readerUrl").asText().replace("&", "&amp;"))
                    .contains(org.springframework.web.util.HtmlUtils.htmlEscape(
                            evidence.get("quote").asText()));
        }
    }

    @Test
    void every_web_annotation_selects_its_quote_in_the_stored_article_text() throws Exception {
        JsonNode collection = jsonAt("/api/export/annotations.jsonld");
        Map<String, String> texts = new HashMap<>();

        assertThat(collection.get("@context").asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        JsonNode annotations = collection.at("/first/items");
        assertThat(annotations)
                .hasSize(listed("").stream()
                        .mapToInt(e -> e.get("evidence").size())
                        .sum());
        for (JsonNode annotation : annotations) {
            assertThat(annotation.get("type").asText()).isEqualTo("Annotation");
            JsonNode ours = annotation.get("target").get(0);
            String slug = ours.get("source").asText().replace("http://localhost/articles/", "");
            String text = texts.computeIfAbsent(slug, s -> articleText(s));
            JsonNode quote = ours.get("selector").get(0);
            JsonNode position = ours.get("selector").get(1);
            int start = text.offsetByCodePoints(0, position.get("start").asInt());
            int end = text.offsetByCodePoints(0, position.get("end").asInt());

            assertThat(quote.get("type").asText()).isEqualTo("TextQuoteSelector");
            assertThat(position.get("type").asText()).isEqualTo("TextPositionSelector");
            assertThat(text.substring(start, end)).isEqualTo(quote.get("exact").asText());
            assertThat(text.substring(0, start)).endsWith(quote.get("prefix").asText());
            assertThat(text.substring(end)).startsWith(quote.get("suffix").asText());
            assertThat(text.indexOf(quote.get("prefix").asText()
                            + quote.get("exact").asText()
                            + quote.get("suffix").asText()))
                    .isEqualTo(start - quote.get("prefix").asText().length());
        }
    }

    private String articleText(String slug) {
        try {
            return jsonAt("/api/articles/" + slug).get("text").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_calendar_parses_and_holds_every_event_known_to_the_day() throws Exception {
        mvc.perform(get("/api/export/events.ics")).andExpect(content().contentTypeCompatibleWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(body("/api/export/events.ics")));
        calendar.validate();
        List<String> days = listed("").stream()
                .filter(e -> e.get("precision").asText().equals("day")
                        && e.get("qualifier").isNull())
                .map(e -> "event-" + e.get("id").asText() + "@localhost")
                .toList();

        assertThat(days).isNotEmpty();
        assertThat(calendar.getComponents(Component.VEVENT).stream()
                        .map(c -> ((VEvent) c).getUid().getValue())
                        .toList())
                .isEqualTo(days);
    }

    @Test
    void a_bad_filter_is_answered_with_400_json_naming_it() throws Exception {
        for (String[] bad : List.of(
                new String[] {"/api/export/events.csv?from=2020-13-01", "from"},
                new String[] {"/api/export/events.ics?category=weather", "category"},
                new String[] {"/api/export/timelinejs.json?actor=lukashenko", "actor"},
                new String[] {"/api/export/events.csv?rows=everything", "rows"},
                new String[] {"/api/events?category=weather", "category"})) {
            mvc.perform(get(bad[0]))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.parameter", is(bad[1])));
        }
    }
}
