package org.brtimeline.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brtimeline.export.SampleEvents.SITE;
import static org.brtimeline.export.SampleEvents.day;
import static org.brtimeline.export.SampleEvents.evidence;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.brtimeline.chronology.EventDetails;
import org.junit.jupiter.api.Test;

class CsvEventsTest {

    private static final String AWKWARD = "Talks in Sochi, \"on the union\"\nand gas";

    private static String csv(CsvEvents.Rows rows, EventDetails... events) throws IOException {
        StringWriter out = new StringWriter();
        CsvEvents csv = new CsvEvents(out, SITE, rows);
        csv.header();
        for (EventDetails event : events) {
            csv.write(event);
        }
        return out.toString();
    }

    private static List<CSVRecord> parsed(String csv) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
    }

    @Test
    void a_title_with_a_comma_a_quote_and_a_line_break_reads_back_unchanged() throws IOException {
        String csv = csv(CsvEvents.Rows.EVENT, day(7, AWKWARD, LocalDate.of(2021, 9, 9), evidence(3, "A quote")));

        List<CSVRecord> records = parsed(csv);

        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("title")).isEqualTo(AWKWARD);
        assertThat(records.get(0).get("event_id")).isEqualTo("7");
        assertThat(records.get(0).get("start")).isEqualTo("2021-09-09");
        assertThat(records.get(0).get("quote")).isEqualTo("A quote");
        assertThat(records.get(0).get("source_url")).isEqualTo(SITE + "/articles/an-article?evidence=3");
        assertThat(records.get(0).get("event_url")).isEqualTo(SITE + "/events/7");
    }

    @Test
    void every_line_ends_in_crlf_and_the_header_names_every_column() throws IOException {
        String csv = csv(CsvEvents.Rows.EVENT, day(1, "Plain", LocalDate.of(2020, 8, 9), evidence(1, "q")));

        assertThat(csv).startsWith(String.join(",", CsvEvents.HEADER) + "\r\n").endsWith("\r\n");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void an_event_takes_one_row_with_its_first_source_or_one_row_per_piece_of_evidence() throws IOException {
        EventDetails twoSources =
                day(1, "Election", LocalDate.of(2020, 8, 9), evidence(1, "first"), evidence(2, "second"));

        assertThat(parsed(csv(CsvEvents.Rows.EVENT, twoSources)))
                .extracting(r -> r.get("quote"))
                .containsExactly("first");
        assertThat(parsed(csv(CsvEvents.Rows.EVIDENCE, twoSources)))
                .extracting(r -> r.get("evidence_id") + ":" + r.get("quote"))
                .containsExactly("1:first", "2:second");
    }

    @Test
    void cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised() throws IOException {
        String csv = csv(
                CsvEvents.Rows.EVIDENCE,
                day(1, "=HYPERLINK(\"http://evil\")", LocalDate.of(2020, 1, 1), evidence(1, "+1 for the union")),
                day(2, "@SUM(A1)", LocalDate.of(2020, 1, 2), evidence(2, "-5 degrees")),
                day(3, "\tTabbed", LocalDate.of(2020, 1, 3), evidence(3, "\rReturned")));

        List<CSVRecord> records = parsed(csv);

        assertThat(records)
                .extracting(r -> r.get("title"))
                .containsExactly("'=HYPERLINK(\"http://evil\")", "'@SUM(A1)", "'\tTabbed");
        assertThat(records)
                .extracting(r -> r.get("quote"))
                .containsExactly("'+1 for the union", "'-5 degrees", "'\rReturned");
    }
}
