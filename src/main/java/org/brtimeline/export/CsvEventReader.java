package org.brtimeline.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.base.DateQualifier;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.EventDraft;

/**
 * Reads events from a CSV file with the columns of our CSV export ({@link CsvEvents}), in any order, the header naming
 * them: {@code title}, {@code start} and {@code category} are required (the category only without a fallback for
 * rows that have none); {@code summary}, {@code end},
 * {@code precision} (a day when empty), {@code qualifier}, {@code wording}, {@code actors} and {@code places} (joined
 * with "; ") and the evidence ({@code article_slug}, {@code quote}, {@code start_offset}, {@code end_offset}) are
 * read; the other columns of the export are computed here and ignored. Rows with the same {@code event_id} (the
 * export's one row per piece of evidence) are one event. A cell the export neutralised against formulas gets its
 * leading single quote back off.
 */
final class CsvEventReader {

    static final String FORMAT = "CSV";

    private static final List<String> REQUIRED = List.of("title", "start", "category");

    private CsvEventReader() {}

    static EventRow.Parsed read(String text, Category fallback) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .get();
        List<CSVRecord> records;
        Map<String, Integer> header;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            header = parser.getHeaderMap();
            records = parser.getRecords();
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            // The text is in memory: what fails here is the CSV itself (a quote left open, a header named twice).
            return EventRow.Parsed.refused(FORMAT, "not a readable CSV file (" + e.getMessage() + ")");
        }
        List<String> columns = header == null
                ? List.of()
                : header.keySet().stream()
                        .map(c -> c.strip().toLowerCase(Locale.ROOT))
                        .toList();
        List<String> missing = REQUIRED.stream()
                .filter(c -> !columns.contains(c) && !(c.equals("category") && fallback != null))
                .toList();
        if (!missing.isEmpty()) {
            return EventRow.Parsed.refused(
                    FORMAT,
                    "the header row has no " + String.join(", ", missing) + " column (expected the columns of our CSV"
                            + " export: " + String.join(", ", CsvEvents.HEADER) + ")");
        }
        if (records.isEmpty()) {
            return EventRow.Parsed.refused(FORMAT, "the file has a header row but no events");
        }
        Map<String, EventRow> byId = new LinkedHashMap<>();
        List<EventRow> rows = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            Cells cells = new Cells(records.get(i), header);
            String where = "row " + (i + 2);
            String id = cells.get("event_id");
            EventRow row = id.isEmpty() ? null : byId.get(id);
            if (row == null) {
                row = event(where, cells, fallback);
                rows.add(row);
                if (!id.isEmpty()) {
                    byId.put(id, row);
                }
            }
            quote(where, cells, row);
        }
        return new EventRow.Parsed(FORMAT, rows, List.of(), UnaryOperator.identity());
    }

    private static EventRow event(String where, Cells cells, Category fallback) {
        EventDraft draft = new EventDraft();
        EventRow row = new EventRow(where, draft);
        draft.setTitle(cells.get("title"));
        draft.setSummary(cells.get("summary"));
        draft.setStart(date(row, "start", cells.get("start")));
        draft.setEnd(date(row, "end", cells.get("end")));
        draft.setPrecision(code(row, "precision", cells.get("precision"), DatePrecision.values(), DatePrecision::code));
        if (draft.getPrecision() == null && cells.get("precision").isEmpty()) {
            draft.setPrecision(DatePrecision.DAY);
        }
        draft.setQualifier(code(row, "qualifier", cells.get("qualifier"), DateQualifier.values(), DateQualifier::code));
        draft.setWording(cells.get("wording"));
        draft.setCategory(
                cells.get("category").isEmpty()
                        ? fallback
                        : code(row, "category", cells.get("category"), Category.values(), Category::code));
        draft.setPlaces(cells.get("places"));
        for (String actor : cells.get("actors").split(";")) {
            if (!actor.isBlank()) {
                row.actors().add(actor.strip());
            }
        }
        return row;
    }

    private static void quote(String where, Cells cells, EventRow row) {
        String slug = cells.get("article_slug");
        String quote = cells.raw("quote");
        if (slug.isEmpty() && quote.isBlank()) {
            return;
        }
        row.quotes()
                .add(new EventRow.Quote(
                        where, slug, quote, offset(cells.get("start_offset")), offset(cells.get("end_offset"))));
    }

    private static LocalDate date(EventRow row, String field, String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            row.problem(field, "'" + value + "' is not a real date in the form YYYY-MM-DD");
            return null;
        }
    }

    private static <T> T code(EventRow row, String field, String value, T[] values, Function<T, String> code) {
        if (value.isEmpty()) {
            return null;
        }
        for (T candidate : values) {
            if (code.apply(candidate).equalsIgnoreCase(value)) {
                return candidate;
            }
        }
        row.problem(
                field,
                "'" + value + "' is not one of "
                        + String.join(", ", Arrays.stream(values).map(code).toList()));
        return null;
    }

    /** An offset from the file; one that is no number is ignored, since the quote is found by its words then. */
    private static Integer offset(String value) {
        try {
            return value.isEmpty() ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A record's cells by column name (any case), stripped, with the export's formula guard taken off. */
    private record Cells(CSVRecord record, Map<String, Integer> header) {

        String get(String column) {
            return raw(column).strip();
        }

        /** The cell as written (a quote keeps its spaces). */
        String raw(String column) {
            for (Map.Entry<String, Integer> entry : header.entrySet()) {
                if (entry.getKey().strip().equalsIgnoreCase(column) && entry.getValue() < record.size()) {
                    return unguarded(record.get(entry.getValue()));
                }
            }
            return "";
        }

        private static String unguarded(String cell) {
            return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
                    ? cell.substring(1)
                    : cell;
        }
    }
}
