package org.brtimeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every parameter a reader's address or the read API takes, given each kind of bad value a careless or hostile client
 * sends: never a 5xx, never a stack trace or an exception's name, a JSON body naming what is wrong for the API's 400s,
 * and nothing stored changes. The number of cases is in the README ("Operating", bad input); the editors' forms have
 * their own catalogue ({@code FormBadInputCatalogueTest}).
 */
@ServedTest
class BadInputCatalogueTest {

    /** Each kind of bad value, as it appears in an address (already percent-encoded where it must be). */
    static final Map<String, String> BAD_VALUES = new LinkedHashMap<>();

    static {
        BAD_VALUES.put("empty", "");
        BAD_VALUES.put("a megabyte", "a".repeat(1_000_000));
        BAD_VALUES.put("control characters", "%00%01%1B%5B31m%7F%0D%0ASet-Cookie:%20x=1");
        BAD_VALUES.put("invalid UTF-8", "%C3%28%FF%FE%ED%A0%80");
        BAD_VALUES.put("an impossible date", "2023-02-30");
        BAD_VALUES.put("month 13", "2023-13-01");
        BAD_VALUES.put("a year out of range", "%2B500000000-01-01");
        BAD_VALUES.put("a huge number", "99999999999999999999999999");
        BAD_VALUES.put("a negative number", "-1");
        BAD_VALUES.put("the largest long", "9223372036854775807");
        BAD_VALUES.put("SQL injection", "'%20OR%201%3D1%20--");
        BAD_VALUES.put("markup", "%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        BAD_VALUES.put("path traversal", "..%2F..%2F..%2Fetc%2Fpasswd");
        BAD_VALUES.put("an expression", "%24%7Bjndi%3Aldap%3A%2F%2Fexample.org%2Fa%7D");
        // a search of this many words once made the index refuse the query (over 1,024 clauses): a 500
        BAD_VALUES.put("two hundred words", "Lukashenko%20Minsk%20".repeat(100));
        BAD_VALUES.put("five thousand characters", "x".repeat(5_000));
    }

    private static final List<String> FILTERS = List.of("from", "to", "q", "actor", "category", "article");
    private static final List<String> PAGE_FILTERS =
            List.of("from", "to", "q", "actor", "category", "article", "event");
    private static final String STACK_TRACE = "(?s).*(Exception|\\bat (org|java|com)\\.[a-z]).*";

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChronologyService chronology;

    /** The addresses, with {@code {}} where the bad value goes. */
    static List<String> apiAddresses() {
        List<String> addresses = new ArrayList<>();
        for (String filter : FILTERS) {
            addresses.add("/api/events?" + filter + "={}");
            for (String export :
                    List.of("events.csv", "events.json", "timelinejs.json", "annotations.jsonld", "events.ics")) {
                addresses.add("/api/export/" + export + "?" + filter + "={}");
            }
            addresses.add("/feed.atom?" + filter + "={}");
        }
        addresses.addAll(List.of(
                "/api/events?page={}",
                "/api/events?size={}",
                "/api/events?sort={}",
                "/api/events?from=2023-01-01&to={}",
                "/api/export/events.csv?rows={}",
                "/api/events/{}",
                "/api/events/{}/cite.json",
                "/api/events/{}/cite.bib",
                "/api/events/{}/cite.ris",
                "/api/articles/{}",
                "/api/articles?sort={}",
                "/api/articles?sort=title&order={}",
                "/api/oembed?url={}",
                "/api/oembed?url=http://localhost/timeline&maxwidth={}",
                "/api/oembed?url=http://localhost/timeline&maxheight={}",
                "/api/oembed?url=http://localhost/timeline&format={}"));
        return addresses;
    }

    static List<String> pageAddresses() {
        List<String> addresses = new ArrayList<>();
        for (String page : List.of("/timeline", "/chronology", "/chronology/print", "/story", "/embed/timeline")) {
            for (String filter : PAGE_FILTERS) {
                addresses.add(page + "?" + filter + "={}");
            }
        }
        addresses.addAll(List.of(
                "/timeline?lanes={}",
                "/story?step={}",
                "/events/{}",
                "/articles/{}",
                "/articles/epoch-times-putin-arrives-in-minsk-2022-12-19?evidence={}",
                "/actors/{}",
                "/login?error={}",
                "/{}"));
        return addresses;
    }

    @Test
    void every_bad_value_of_every_parameter_gets_a_clear_answer_and_changes_nothing() {
        var before = storedData();
        var softly = new SoftAssertions();
        int cases = 0;

        for (String address : apiAddresses()) {
            for (var bad : BAD_VALUES.entrySet()) {
                cases++;
                HttpResponse<String> answer = get(address.replace("{}", bad.getValue()));
                String what = address + " with " + bad.getKey() + ": " + answer.statusCode();
                if (address.contains("format={}")) {
                    // oEmbed's own answer for a format it does not give.
                    softly.assertThat(answer.statusCode()).as(what).isIn(200, 400, 501);
                } else {
                    softly.assertThat(answer.statusCode()).as(what).isLessThan(500);
                }
                softly.assertThat(answer.body()).as(what).doesNotMatch(STACK_TRACE);
                if (answer.statusCode() == 400 || answer.statusCode() == 404) {
                    // An address over 8 KB is refused before its path is read, so its answer cannot tell that it was
                    // meant for the API: the plain page, with the same sentence.
                    String said = message(answer).isBlank() ? answer.body() : message(answer);
                    softly.assertThat(said)
                            .as(what + " names what is wrong")
                            .matches(m ->
                                    !m.isBlank() && (!m.startsWith("<") || m.contains("malformed and was refused")));
                }
            }
        }
        for (String address : pageAddresses()) {
            for (var bad : BAD_VALUES.entrySet()) {
                cases++;
                HttpResponse<String> answer = get(address.replace("{}", bad.getValue()));
                String what = address + " with " + bad.getKey() + ": " + answer.statusCode();
                softly.assertThat(answer.statusCode()).as(what).isIn(200, 302, 400, 404);
                softly.assertThat(answer.body()).as(what).doesNotMatch(STACK_TRACE);
            }
        }
        for (String reversed : List.of(
                "/api/events?from=2023-01-01&to=2020-01-01",
                "/api/export/events.csv?from=2023-01-01&to=2020-01-01",
                "/feed.atom?from=2023-01-01&to=2020-01-01")) {
            cases++;
            HttpResponse<String> answer = get(reversed);
            softly.assertThat(answer.statusCode()).as(reversed).isEqualTo(400);
            softly.assertThat(message(answer)).as(reversed).contains("after");
        }
        String thirteenWords = "Lukashenko%20".repeat(13);
        for (String tooMany : List.of(
                "/api/events?q=" + thirteenWords,
                "/api/export/events.csv?q=" + thirteenWords,
                "/feed.atom?q=" + thirteenWords)) {
            cases++;
            HttpResponse<String> answer = get(tooMany);
            softly.assertThat(answer.statusCode()).as(tooMany).isEqualTo(400);
            softly.assertThat(message(answer)).as(tooMany).contains("at most 12 words", "this one has 13");
        }
        for (String reversed :
                List.of("/timeline?from=2023-01-01&to=2020-01-01", "/chronology?from=2023-01-01&to=2020-01-01")) {
            cases++;
            softly.assertThat(get(reversed).statusCode()).as(reversed).isEqualTo(200);
        }

        softly.assertThat(storedData()).as("nothing stored changed").isEqualTo(before);
        softly.assertAll();
        assertThat(cases).isEqualTo(catalogueSize());
    }

    /** The number of cases, for the README. */
    static int catalogueSize() {
        return (apiAddresses().size() + pageAddresses().size()) * BAD_VALUES.size() + 8;
    }

    private List<Object> storedData() {
        return List.of(
                jdbc.queryForObject("select count(*) from event", Long.class),
                jdbc.queryForObject("select count(*) from article", Long.class),
                jdbc.queryForObject("select count(*) from evidence", Long.class),
                jdbc.queryForObject("select count(*) from app_user", Long.class),
                jdbc.queryForObject("select count(*) from date_candidate", Long.class),
                chronology.lastRevision(),
                chronology.count(EventQuery.everything()));
    }

    private static String message(HttpResponse<String> answer) {
        try {
            JsonNode body = new ObjectMapper().readTree(answer.body());
            return body.path("message").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    private HttpResponse<String> get(String path) {
        try {
            return CLIENT.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(path.substring(0, Math.min(200, path.length())), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
