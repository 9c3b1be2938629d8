package org.brtimeline.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.brtimeline.ServedTest;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.ChronologyEditor;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventDraft;
import org.brtimeline.chronology.EventQuery;
import org.brtimeline.chronology.EventStatus;
import org.brtimeline.reader.ArticleText;
import org.brtimeline.reader.ReaderService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

/** A shared permalink unfurls: the server's first HTML for it has its title, description and Open Graph tags. */
@ServedTest
class LinkPreviewsTest {

    private static final String EPOCH = "epoch-times-putin-arrives-in-minsk-2022-12-19";
    private static final String RFERL = "rferl-russian-pm-in-minsk-2020-09-03";

    @LocalServerPort
    int port;

    @Autowired
    ChronologyService chronology;

    @Autowired
    ChronologyEditor editor;

    @Autowired
    ReaderService reader;

    private Document page(String path) {
        return Jsoup.parse(ServedPages.get(port, path).body());
    }

    private static String meta(Document page, String key, String name) {
        var tags = page.head().getElementsByAttributeValue(key, name);
        assertThat(tags).as(name).hasSize(1);
        return tags.first().attr("content");
    }

    @Test
    void an_event_permalink_carries_the_events_title_date_and_summary() {
        EventDetails makei = chronology
                .search(EventQuery.window(null, null, "Makei dies"), 0, 1)
                .items()
                .get(0);

        Document page = page("/events/" + makei.id());

        assertThat(page.title()).isEqualTo(makei.title() + " · Belarus–Russia timeline");
        String description = meta(page, "name", "description");
        assertThat(description).startsWith(makei.label() + ". ");
        assertThat(makei.summary())
                .startsWith(description.substring(makei.label().length() + 2).replace("…", ""));
        assertThat(meta(page, "property", "og:title")).isEqualTo(makei.title());
        assertThat(meta(page, "property", "og:description")).isEqualTo(description);
        assertThat(meta(page, "property", "og:url")).isEqualTo("http://localhost:" + port + "/events/" + makei.id());
        assertThat(meta(page, "property", "og:type")).isEqualTo("article");
    }

    @Test
    void an_article_carries_its_title_publisher_and_date() {
        ArticleText article = reader.article(EPOCH).orElseThrow();

        Document page = page("/articles/" + EPOCH);

        assertThat(page.title()).isEqualTo(article.title() + " · Belarus–Russia timeline");
        assertThat(meta(page, "property", "og:title")).isEqualTo(article.title());
        assertThat(meta(page, "name", "description"))
                .startsWith(article.publisher() + ", " + article.publishedLabel() + ". ");
        assertThat(meta(page, "property", "og:url")).endsWith("/articles/" + EPOCH);
    }

    @Test
    @WithMockUser(username = "alice", roles = "EDITOR")
    void markup_in_a_title_is_escaped_text() {
        String title = "<script>alert('x')</script> \"Quoted\" & <b>bold</b>";
        EventDetails event = publishedEvent(title, "A summary with <img src=x onerror=alert(1)>.");

        String html = ServedPages.get(port, "/events/" + event.id()).body();

        Document page = Jsoup.parse(html);
        assertThat(page.select("b, img")).isEmpty();
        assertThat(page.select("script").eachAttr("src")).noneMatch(src -> src.contains("alert"));
        assertThat(page.select("script").stream().map(Element::data)).noneMatch(script -> script.contains("alert"));
        assertThat(page.title()).isEqualTo(title + " · Belarus–Russia timeline");
        assertThat(meta(page, "property", "og:title")).isEqualTo(title);
        assertThat(meta(page, "name", "description")).endsWith("A summary with <img src=x onerror=alert(1)>.");
    }

    @Test
    void an_unknown_event_gets_no_description_nor_open_graph_tags() {
        Document page = page("/events/9999");

        assertThat(page.head().getElementsByAttributeValue("name", "description"))
                .isEmpty();
        assertThat(page.head().getElementsByAttributeValueStarting("property", "og:"))
                .isEmpty();
        assertThat(page.title()).doesNotContain("9999");
    }

    private EventDetails publishedEvent(String title, String summary) {
        EventDraft draft = new EventDraft();
        draft.setTitle(title);
        draft.setSummary(summary);
        draft.setCategory(Category.DIPLOMACY);
        draft.setStart(LocalDate.of(2020, 9, 3));
        draft.setPrecision(DatePrecision.DAY);
        EventDetails created = editor.create(draft);
        String quote = reader.article(RFERL).orElseThrow().text().substring(0, 40);
        EventDetails cited = editor.addEvidence(created.id(), created.version(), RFERL, 0, quote.length());
        EventDraft publish = EventDraft.of(cited);
        publish.setStatus(EventStatus.PUBLISHED);
        return editor.update(cited.id(), cited.version(), publish);
    }
}
