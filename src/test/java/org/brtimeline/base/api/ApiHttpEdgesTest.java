package org.brtimeline.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.brtimeline.ServedTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The read API at the edges of HTTP, as a careless or hostile client reaches it: odd Accept headers, unknown paths, other
 * methods, dates at the end of the calendar. Every answer is a clear status, never a 500.
 */
@ServedTest
class ApiHttpEdgesTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> send(String method, String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return send("GET", path, accept);
    }

    @Test
    void an_unknown_id_asked_for_as_html_is_a_404_not_a_500() throws Exception {
        assertThat(get("/api/events/999999", "text/html").statusCode()).isEqualTo(404);
        assertThat(get("/api/events/999999", "text/plain").statusCode()).isEqualTo(404);
    }

    @Test
    void a_garbage_accept_header_is_answered_with_json_or_406_never_500() throws Exception {
        for (String accept : new String[] {"garbage", "text/html", "image/png", "*/*;q=x", "application/"}) {
            HttpResponse<String> response = get("/api/events?size=1", accept);

            assertThat(response.statusCode()).as(accept).isIn(200, 400, 406);
        }
    }

    @Test
    void an_unknown_api_path_is_a_404_in_json() throws Exception {
        HttpResponse<String> response = get("/api/no-such-thing", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"status\":404");
    }

    @Test
    void head_answers_like_get_without_a_body_and_options_lists_the_methods() throws Exception {
        HttpResponse<String> head = send("HEAD", "/api/events?size=1", null);
        HttpResponse<String> options = send("OPTIONS", "/api/events", null);

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(options.statusCode()).isEqualTo(200);
        assertThat(options.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void the_error_page_asked_for_directly_is_not_a_500() throws Exception {
        assertThat(get("/error", null).statusCode()).isNotEqualTo(500).isLessThan(500);
        assertThat(get("/error", "application/json").statusCode()).isLessThan(500);
    }

    @Test
    void a_date_beyond_the_calendar_s_years_is_refused() throws Exception {
        HttpResponse<String> response = get("/api/events?from=%2B500000000-01-01", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"parameter\":\"from\"");
    }
}
