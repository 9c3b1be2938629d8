package org.brtimeline.export;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventDetails.EvidenceDetails;

/**
 * Events as CSV (RFC 4180: a header row, CRLF line ends, fields with commas, quotes or line breaks in double quotes):
 * one row per event with its first source, or one row per piece of evidence. A cell that a spreadsheet would take for
 * a formula (it starts with =, +, -, @, a tab or a carriage return) starts with a single quote instead.
 */
public final class CsvEvents {

    /** What a row stands for. */
    public enum Rows {
        EVENT,
        EVIDENCE
    }

    static final List<String> HEADER = List.of(
            "event_id",
            "title",
            "summary",
            "date_label",
            "start",
            "end",
            "earliest",
            "latest",
            "precision",
            "qualifier",
            "wording",
            "category",
            "actors",
            "places",
            "event_url",
            "evidence_id",
            "article_slug",
            "article_title",
            "publisher",
            "article_published",
            "quote",
            "start_offset",
            "end_offset",
            "source_url");

    private final Writer out;
    private final String site;
    private final Rows rows;

    /** Writes to {@code out}; links are absolute, starting with {@code site} (scheme, host and context path). */
    public CsvEvents(Writer out, String site, Rows rows) {
        this.out = out;
        this.site = site;
        this.rows = rows;
    }

    public void header() throws IOException {
        row(HEADER);
    }

    public void write(EventDetails event) throws IOException {
        List<EvidenceDetails> evidence = event.evidence();
        if (evidence.isEmpty()) {
            row(cells(event, null));
        } else if (rows == Rows.EVENT) {
            row(cells(event, evidence.get(0)));
        } else {
            for (EvidenceDetails piece : evidence) {
                row(cells(event, piece));
            }
        }
    }

    private List<String> cells(EventDetails e, EvidenceDetails source) {
        List<String> event = List.of(
                String.valueOf(e.id()),
                e.title(),
                text(e.summary()),
                e.label(),
                date(e.start()),
                date(e.end()),
                date(e.earliest()),
                date(e.latest()),
                e.precision().code(),
                e.qualifier() == null ? "" : e.qualifier().code(),
                text(e.wording()),
                e.category() == null ? "" : e.category().code(),
                e.actors().stream().map(EventDetails.ActorRef::name).collect(Collectors.joining("; ")),
                String.join("; ", e.places()),
                site + "/events/" + e.id());
        List<String> evidence = source == null
                ? Stream.generate(() -> "").limit(9).toList()
                : List.of(
                        String.valueOf(source.id()),
                        source.articleSlug(),
                        source.articleTitle(),
                        source.publisher(),
                        date(source.articlePublished()),
                        source.quote(),
                        String.valueOf(source.startOffset()),
                        String.valueOf(source.endOffset()),
                        site + source.readerUrl());
        return Stream.concat(event.stream(), evidence.stream()).toList();
    }

    private void row(List<String> cells) throws IOException {
        out.write(cells.stream().map(CsvEvents::cell).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    /** One field, neutralised against formula injection and quoted when it must be. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static String date(LocalDate date) {
        return Objects.toString(date, "");
    }

    private static String text(String value) {
        return Objects.toString(value, "");
    }
}
