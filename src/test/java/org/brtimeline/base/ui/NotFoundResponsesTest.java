package org.brtimeline.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.brtimeline.ServedTest;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The HTTP status of a first request for a page, as an anonymous reader, a search engine or a link checker sees it. */
@ServedTest
class NotFoundResponsesTest {

    @LocalServerPort
    int port;

    @Autowired
    ChronologyService chronology;

    private HttpResponse<String> get(String path) {
        return ServedPages.get(port, path);
    }

    @Test
    void an_unknown_address_answers_404_with_the_page_not_found_instead_of_the_login() {
        HttpResponse<String> response = get("/no/such/page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    }

    @Test
    void an_unknown_event_answers_404() {
        assertThat(get("/events/9999").statusCode()).isEqualTo(404);
        assertThat(get("/events/not-a-number").statusCode()).isEqualTo(404);
    }

    @Test
    void an_unknown_article_answers_404() {
        assertThat(get("/articles/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void an_unknown_actor_answers_404_and_a_known_one_200() {
        long actor = chronology.actors().get(0).id();

        assertThat(get("/actors/999999").statusCode()).isEqualTo(404);
        assertThat(get("/actors/someone").statusCode()).isEqualTo(404);
        assertThat(get("/actors/" + actor).statusCode()).isEqualTo(200);
        assertThat(get("/actors/" + actor).body()).contains("og:title");
    }

    @Test
    void a_published_event_and_an_article_answer_200() {
        long id = chronology.slice(EventQuery.everything(), 0, 1).get(0).id();

        assertThat(get("/events/" + id).statusCode()).isEqualTo(200);
        assertThat(get("/articles/epoch-times-putin-arrives-in-minsk-2022-12-19")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void an_unknown_address_under_the_editors_pages_answers_404_too() {
        assertThat(get("/editor/no-such-page").statusCode()).isEqualTo(404);
    }

    @Test
    void the_editors_pages_still_send_an_anonymous_reader_to_the_login() {
        for (String path : new String[] {"/editor/events/new", "/editor/deleted", "/admin/users"}) {
            HttpResponse<String> response = get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .as(path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
    }
}
