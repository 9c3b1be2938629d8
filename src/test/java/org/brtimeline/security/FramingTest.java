package org.brtimeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.brtimeline.ServedTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Only the embed pages may be framed by other sites; every other page and answer still refuses frames. */
@ServedTest
class FramingTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return PlainGet.get(port, path);
    }

    @Test
    void the_embedded_timeline_may_be_framed_by_any_site() throws Exception {
        for (String path : List.of("/embed/timeline", "/embed/timeline?q=Lukashenko&category=diplomacy")) {
            HttpResponse<String> response = get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().allValues("Content-Security-Policy"))
                    .as(path)
                    .singleElement()
                    .satisfies(csp -> assertThat(csp)
                            .contains("frame-ancestors *", "default-src 'self'", "object-src 'none'")
                            .doesNotContain("frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("X-Frame-Options"))
                    .as(path)
                    .isEmpty();
        }
    }

    @Test
    void every_other_page_and_answer_refuses_frames() throws Exception {
        for (String path : List.of(
                "/",
                "/timeline",
                "/chronology",
                "/login",
                "/editor/events/new",
                "/embedded",
                "/api/events?size=1",
                "/api/oembed?url=x",
                "/feed.atom")) {
            HttpResponse<String> response = get(path);

            assertThat(response.headers().allValues("X-Frame-Options")).as(path).containsExactly("DENY");
            assertThat(response.headers().allValues("Content-Security-Policy"))
                    .as(path)
                    .singleElement()
                    .satisfies(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        }
    }

    @Test
    void an_embedded_page_gets_a_session_cookie_a_frame_may_keep_apart_for_its_site() throws Exception {
        List<String> cookies = get("/embed/timeline").headers().allValues("Set-Cookie");

        assertThat(cookies)
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID=") && cookie.contains("SameSite=None"))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("Secure", "HttpOnly", "Partitioned", "Path=/"));
        assertThat(get("/timeline").headers().allValues("Set-Cookie"))
                .noneMatch(cookie -> cookie.contains("SameSite=None"));
    }
}
