package org.brtimeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.brtimeline.ServedTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every page and answer tells the browser what it may load, send and use; the session cookie stays on this site. */
@ServedTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return PlainGet.get(port, path);
    }

    @Test
    void pages_and_api_answers_carry_the_content_security_referrer_and_permissions_policies() throws Exception {
        for (String path : List.of("/timeline", "/login", "/api/events?size=1")) {
            HttpResponse<String> response = get(path);

            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .contains("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("Permissions-Policy"))
                    .as(path)
                    .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()"));
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .contains("nosniff");
        }
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site() throws Exception {
        List<String> cookies = get("/timeline").headers().allValues("Set-Cookie");

        assertThat(cookies)
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax"));
    }
}
