package org.brtimeline.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.brtimeline.SignedInEditor;
import org.brtimeline.WritingTest;
import org.brtimeline.backup.DatabaseBackup;
import org.brtimeline.chronology.ChronologyEditor;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Events imported from our own CSV and TimelineJS exports come back as drafts with the same titles, dates and
 * precision (and, from the CSV, the same quotes at the same offsets); a file with any rejected row stores nothing and
 * says where, which field and why.
 */
@WritingTest
@WithMockUser(username = "importer", roles = "EDITOR")
class EventImportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    EventImport importer;

    @Autowired
    ChronologyEditor editor;

    @Autowired
    javax.sql.DataSource database;

    @Autowired
    ApplicationContext context;

    /** An export as a client gets it; the request ends with the security context cleared, so the editor signs in again. */
    private byte[] download(String url) throws Exception {
        byte[] file = mvc.perform(get(url)).andReturn().getResponse().getContentAsByteArray();
        SignedInEditor.signIn(context, "importer");
        return file;
    }

    /** The published events as the JSON export gives them, in date order. */
    private List<JsonNode> published() throws Exception {
        List<JsonNode> events = new ArrayList<>();
        json.readTree(download("/api/export/events.json")).forEach(events::add);
        assertThat(events).isNotEmpty();
        return events;
    }

    private List<EventDetails> drafts(ImportReport report) {
        assertThat(report.rejected()).isEmpty();
        assertThat(report.imported()).isTrue();
        return report.stored().stream().map(s -> editor.find(s.id())).toList();
    }

    private static ImportReport.Problem problem(String where, String field, String reason) {
        return new ImportReport.Problem(where, field, reason);
    }

    @Test
    void our_csv_export_imports_back_as_drafts_with_the_same_titles_dates_precision_actors_and_quotes()
            throws Exception {
        List<JsonNode> original = published();

        ImportReport report = importer.importUpload(download("/api/export/events.csv"), null);

        List<EventDetails> drafts = drafts(report);
        assertThat(report.format()).isEqualTo("CSV");
        assertThat(report.notes()).isEmpty();
        assertThat(drafts).hasSameSizeAs(original);
        for (int i = 0; i < drafts.size(); i++) {
            EventDetails draft = drafts.get(i);
            JsonNode event = original.get(i);
            assertThat(draft.status()).isEqualTo(EventStatus.DRAFT);
            assertThat(draft.title()).isEqualTo(event.get("title").asText());
            assertThat(draft.summary()).isEqualTo(event.get("summary").textValue());
            assertThat(draft.start()).hasToString(event.get("start").asText());
            assertThat(String.valueOf(draft.end())).isEqualTo(event.get("end").asText());
            assertThat(draft.precision().code())
                    .isEqualTo(event.get("precision").asText());
            assertThat(String.valueOf(
                            draft.qualifier() == null ? null : draft.qualifier().code()))
                    .isEqualTo(event.get("qualifier").asText());
            assertThat(draft.label()).isEqualTo(event.get("label").asText());
            assertThat(draft.wording()).isEqualTo(event.get("wording").textValue());
            assertThat(draft.category().code()).isEqualTo(event.get("category").asText());
            assertThat(draft.actors())
                    .extracting(EventDetails.ActorRef::id)
                    .containsExactlyElementsOf(event.get("actors").findValues("id").stream()
                            .map(JsonNode::asLong)
                            .toList());
            List<String> places = new ArrayList<>();
            event.get("places").forEach(place -> places.add(place.asText()));
            assertThat(draft.places()).containsExactlyElementsOf(places);
            JsonNode first = event.get("evidence").get(0);
            assertThat(draft.evidence()).singleElement().satisfies(evidence -> {
                assertThat(evidence.articleSlug())
                        .isEqualTo(first.get("articleSlug").asText());
                assertThat(evidence.quote()).isEqualTo(first.get("quote").asText());
                assertThat(evidence.startOffset())
                        .isEqualTo(first.get("startOffset").asInt());
                assertThat(evidence.endOffset())
                        .isEqualTo(first.get("endOffset").asInt());
            });
        }
        assertThat(report.stored().get(0).where()).isEqualTo("row 2");
    }

    @Test
    void the_csv_with_a_row_per_piece_of_evidence_gives_one_draft_per_event_citing_every_quote() throws Exception {
        List<JsonNode> original = published();

        List<EventDetails> drafts =
                drafts(importer.importUpload(download("/api/export/events.csv?rows=evidence"), null));

        assertThat(drafts).hasSameSizeAs(original);
        for (int i = 0; i < drafts.size(); i++) {
            assertThat(drafts.get(i).evidence())
                    .extracting(EventDetails.EvidenceDetails::quote)
                    .containsExactlyElementsOf(original.get(i).get("evidence").findValuesAsText("quote"));
        }
    }

    @Test
    void our_timelinejs_export_imports_back_as_drafts_with_the_same_titles_dates_precision_summaries_and_quotes()
            throws Exception {
        List<JsonNode> original = published();

        ImportReport report = importer.importUpload(download("/api/export/timelinejs.json"), null);

        List<EventDetails> drafts = drafts(report);
        assertThat(report.format()).isEqualTo("TimelineJS");
        assertThat(drafts).hasSameSizeAs(original);
        for (int i = 0; i < drafts.size(); i++) {
            EventDetails draft = drafts.get(i);
            JsonNode event = original.get(i);
            assertThat(draft.title()).isEqualTo(event.get("title").asText());
            assertThat(draft.summary()).isEqualTo(event.get("summary").textValue());
            assertThat(draft.start()).hasToString(event.get("start").asText());
            assertThat(String.valueOf(draft.end())).isEqualTo(event.get("end").asText());
            assertThat(draft.precision().code())
                    .isEqualTo(event.get("precision").asText());
            assertThat(draft.label()).isEqualTo(event.get("label").asText());
            assertThat(draft.category().code()).isEqualTo(event.get("category").asText());
            assertThat(draft.evidence())
                    .extracting(EventDetails.EvidenceDetails::quote)
                    .containsExactlyElementsOf(event.get("evidence").findValuesAsText("quote"));
        }
        assertThat(drafts)
                .extracting(EventDetails::precision)
                .contains(
                        org.brtimeline.base.DatePrecision.WEEK,
                        org.brtimeline.base.DatePrecision.MONTH,
                        org.brtimeline.base.DatePrecision.DAY);
        assertThat(drafts).anySatisfy(d -> assertThat(d.qualifier()).isNotNull());
    }

    @Test
    void a_csv_with_bad_rows_stores_nothing_and_says_which_row_which_field_and_why() throws Exception {
        Map<String, List<String>> before = new DatabaseBackup(database).dump();
        String csv = """
                title,start,end,precision,qualifier,category,summary
                A sound event,2020-08-09,,day,,politics,
                ,2020-13-01,,day,,diplomacy,
                Late in the month,2020-11-05,,month,late,riots,
                Backwards,2020-09-10,2020-09-01,day,,protest,
                """;

        ImportReport report = importer.importUpload(csv.getBytes(StandardCharsets.UTF_8), null);

        assertThat(report.imported()).isFalse();
        assertThat(report.stored()).isEmpty();
        assertThat(report.rejected())
                .containsExactly(
                        problem("row 3", "start", "'2020-13-01' is not a real date in the form YYYY-MM-DD"),
                        problem("row 3", "title", "required"),
                        problem(
                                "row 4",
                                "category",
                                "'riots' is not one of diplomacy, military, politics, protest, repression, economy,"
                                        + " statement"),
                        problem(
                                "row 4",
                                "start",
                                "a month-precision date is the first day of its month (2020-11-01), not 2020-11-05"),
                        problem("row 5", "end", "2020-09-01 is before the start 2020-09-10"));
        assertThat(report.summary()).isEqualTo("Nothing imported: 5 problems (CSV)");
        assertThat(new DatabaseBackup(database).dump()).isEqualTo(before);
    }

    @Test
    void a_timelinejs_file_with_a_bad_slide_stores_nothing_and_names_the_slide_and_its_field() throws Exception {
        Map<String, List<String>> before = new DatabaseBackup(database).dump();
        String file = """
                {"title": {"text": {"headline": "Ours"}},
                 "events": [
                   {"start_date": {"year": 2020, "month": 8, "day": 9}, "text": {"headline": "Election day"},
                    "group": "politics"},
                   {"start_date": {"year": 2020, "month": 2, "day": 30}, "text": {"headline": "No such day"},
                    "group": "Politics"},
                   {"start_date": {"year": "2021"}, "text": {"headline": "No group"}}
                 ]}
                """;

        ImportReport report = importer.importUpload(file.getBytes(StandardCharsets.UTF_8), null);

        assertThat(report.rejected())
                .as(report.lines().toString())
                .extracting(ImportReport.Problem::where, ImportReport.Problem::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("slide 2", "start_date"),
                        org.assertj.core.groups.Tuple.tuple("slide 3", "group"));
        assertThat(report.rejected().get(1).reason())
                .startsWith("no group: the group names the category, one of diplomacy");
        assertThat(new DatabaseBackup(database).dump()).isEqualTo(before);
    }

    @Test
    void a_file_that_is_neither_csv_nor_timelinejs_nor_utf8_is_refused_as_a_whole() {
        assertThat(importer.importUpload("{\"events\": [".getBytes(StandardCharsets.UTF_8), null)
                        .rejected())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.where()).isEqualTo("file");
                    assertThat(p.reason()).startsWith("not readable JSON");
                });
        assertThat(importer.importUpload("name,date\nx,2020-01-01\n".getBytes(StandardCharsets.UTF_8), null)
                        .rejected())
                .singleElement()
                .satisfies(
                        p -> assertThat(p.reason()).startsWith("the header row has no title, start, category column"));
        assertThat(importer.importUpload(new byte[] {(byte) 0xff, (byte) 0xfe, 't', 0}, null)
                        .rejected())
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("not UTF-8"));
        assertThat(importer.importUpload("title,start,category\n".getBytes(StandardCharsets.UTF_8), null)
                        .rejected())
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("the file has a header row but no events"));
    }

    @Test
    void a_draft_needs_no_evidence_so_a_quote_or_actor_that_does_not_resolve_is_left_out_with_a_note() {
        String csv = """
                title,start,precision,category,actors,article_slug,quote,start_offset,end_offset
                A meeting with an unknown source,2020-09-03,day,diplomacy,Nobody Known,no-such-article,Some words,0,10
                "=A formula, guarded",2020-09-03,day,diplomacy,,rferl-russian-pm-in-minsk-2020-09-03,words not in it,,
                """.replace("\"=A formula", "\"'=A formula");

        ImportReport report = importer.importUpload(csv.getBytes(StandardCharsets.UTF_8), null);

        List<EventDetails> drafts = drafts(report);
        assertThat(drafts).allSatisfy(d -> assertThat(d.evidence()).isEmpty());
        assertThat(drafts.get(1).title()).isEqualTo("=A formula, guarded");
        assertThat(report.notes())
                .containsExactly(
                        problem("row 2", "actors", "'Nobody Known' is not an actor here; not attached"),
                        problem("row 2", "quote", "no article 'no-such-article' here; the quote is not attached"),
                        problem(
                                "row 3",
                                "quote",
                                "the words are not in article 'rferl-russian-pm-in-minsk-2020-09-03'; the quote is"
                                        + " not attached"));
    }

    @Test
    void a_newsroom_s_timelinejs_file_without_our_categories_comes_in_under_the_category_chosen_for_it() {
        String file = """
                {"title": {"text": {"headline": "A newsroom's timeline"}},
                 "events": [
                   {"media": {"url": "https://example.org/video", "caption": "A video"},
                    "start_date": {"year": "2020", "month": "8", "day": "9"},
                    "end_date": {"year": "2020", "month": "8", "day": "12"},
                    "text": {"headline": "Election <em>and</em> protests",
                             "text": "<p>Crowds in Minsk, see <a href='https://example.org/story'>our story</a>.</p><p>Second paragraph &amp; more.</p>"},
                    "group": "Video"},
                   {"start_date": {"year": "2021"}, "text": {"headline": "A year without a group"}}
                 ]}
                """;

        ImportReport withoutCategory = importer.importUpload(file.getBytes(StandardCharsets.UTF_8), null);
        ImportReport report = importer.importUpload(
                file.getBytes(StandardCharsets.UTF_8), org.brtimeline.chronology.Category.PROTEST);

        assertThat(withoutCategory.rejected())
                .extracting(ImportReport.Problem::field)
                .containsExactly("group", "group");
        List<EventDetails> drafts = drafts(report);
        assertThat(drafts)
                .extracting(EventDetails::title)
                .containsExactly("Election and protests", "A year without a group");
        assertThat(drafts).extracting(EventDetails::label).containsExactly("9–12 August 2020", "2021");
        assertThat(drafts.get(0).summary()).isEqualTo("Crowds in Minsk, see our story.\n\nSecond paragraph & more.");
        assertThat(drafts)
                .allSatisfy(d -> assertThat(d.category()).isEqualTo(org.brtimeline.chronology.Category.PROTEST));
        assertThat(report.notes())
                .containsExactly(problem("slide 1", "group", "'Video' is not a category; filed under protest"));
    }

    @Test
    void a_spreadsheet_s_byte_order_mark_and_crlf_line_ends_are_read_and_an_empty_category_takes_the_chosen_one() {
        String csv = "\uFEFFtitle,start,precision,category\r\nSaved by a spreadsheet,2020-09,month,\r\n";
        String withDays = csv.replace("2020-09", "2020-09-01");

        ImportReport report = importer.importUpload(
                withDays.getBytes(StandardCharsets.UTF_8), org.brtimeline.chronology.Category.ECONOMY);

        assertThat(drafts(report)).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("Saved by a spreadsheet");
            assertThat(d.label()).isEqualTo("September 2020");
            assertThat(d.category()).isEqualTo(org.brtimeline.chronology.Category.ECONOMY);
        });
        assertThat(importer.importUpload(csv.getBytes(StandardCharsets.UTF_8), null)
                        .rejected())
                .containsExactly(
                        problem("row 2", "start", "'2020-09' is not a real date in the form YYYY-MM-DD"),
                        problem("row 2", "category", "required"));
    }

    @Test
    @WithAnonymousUser
    void only_an_editor_may_import_from_an_upload() {
        assertThatThrownBy(() -> importer.importUpload(
                        "title,start,category\nx,2020-01-01,politics\n".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(AccessDeniedException.class);
    }
}
