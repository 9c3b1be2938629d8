package org.brtimeline.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brtimeline.ServedTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The production bundle's scripts go compressed to a client that accepts only gzip, and their hashed names are cached long. */
@ServedTest
class StaticAssetsTest {

    private static final Pattern SCRIPT = Pattern.compile("src=\"\\.?/?(VAADIN/build/[^\"]+\\.js)\"");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void a_hashed_script_of_the_bundle_is_sent_gzipped_and_cached_for_long() throws Exception {
        String page = new String(ServedPages.get(port, "/timeline").body().getBytes());
        Matcher script = SCRIPT.matcher(page);
        assertThat(script.find()).as("the page loads the bundle's entry script").isTrue();

        HttpResponse<byte[]> response = get(script.group(1));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).containsPattern("max-age=\\d{6,}"));
    }

    @Test
    void the_page_itself_is_sent_gzipped() throws Exception {
        assertThat(get("timeline").headers().firstValue("Content-Encoding")).contains("gzip");
    }

    @Test
    void the_page_has_an_icon_and_installs_no_service_worker_that_could_replace_a_login_cookie() throws Exception {
        String page = new String(ServedPages.get(port, "/timeline").body().getBytes());

        assertThat(page)
                .contains("rel=\"icon\"")
                .doesNotContain("serviceWorker")
                .doesNotContain("manifest.webmanifest");
        assertThat(get("sw.js").statusCode()).isEqualTo(404);
    }
}
