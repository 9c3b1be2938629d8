package org.brtimeline.export.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.brtimeline.ServedTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Through the real server: the OpenAPI pages and the feed are not taken by Vaadin, and ETags survive compression. */
@ServedTest
class ReadApiServedTest {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_openapi_description_and_its_browsable_page_are_served_to_anyone() throws Exception {
        HttpResponse<String> spec = get("/v3/api-docs");
        HttpResponse<String> page = get("/swagger-ui.html");

        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).contains("\"/api/events\"");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/swagger-ui/index.html");
        assertThat(page.body()).contains("swagger-ui");
    }

    @Test
    void the_feed_is_served_to_anyone_and_not_taken_by_vaadin() throws Exception {
        HttpResponse<String> feed = get("/feed.atom");

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
        assertThat(feed.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"");
    }

    @Test
    void a_compressed_answer_keeps_its_etag_and_a_repeated_request_gets_304() throws Exception {
        HttpResponse<String> first = get("/api/events", "Accept-Encoding", "gzip");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = get("/api/events", "Accept-Encoding", "gzip", "If-None-Match", etag);

        assertThat(first.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(etag).startsWith("W/\"");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }
}
