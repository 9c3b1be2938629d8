package org.brtimeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brtimeline.base.DatePrecision;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;

/** Each citation format read back by its own rules: BibTeX by jbibtex, RIS by its tags, CSL-JSON by CSL's schema. */
class CitationFormatsTest {

    private static final LocalDate ACCESSED = LocalDate.of(2026, 11, 30);
    private static final String SPECIALS = "50% of {braces} & $dollars, #tags, under_scores, a^b, a~b and a\\b";

    private static CitedSource source(String key, String quote, List<Integer> issued) {
        return new CitedSource(
                key,
                "Title: " + SPECIALS,
                "Publisher & Co",
                "ru",
                issued,
                "https://news.example.org/a%D0%B1?x=1&y=2#top",
                List.of(quote, "a second\nquote"),
                "Cited as evidence for “Visit” (9 August 2020), https://timeline.example.org/events/7");
    }

    @Test
    void the_publication_date_keeps_only_the_parts_its_precision_knows() {
        LocalDate day = LocalDate.of(2020, 8, 9);

        assertThat(CitedSource.dateParts(day, DatePrecision.DAY)).containsExactly(2020, 8, 9);
        assertThat(CitedSource.dateParts(LocalDate.of(2020, 8, 1), DatePrecision.MONTH))
                .containsExactly(2020, 8);
        assertThat(CitedSource.dateParts(LocalDate.of(2020, 1, 1), DatePrecision.YEAR))
                .containsExactly(2020);
        assertThat(CitedSource.dateParts(LocalDate.of(2020, 8, 3), DatePrecision.WEEK))
                .as("a week inside August")
                .containsExactly(2020, 8);
        assertThat(CitedSource.dateParts(LocalDate.of(2020, 8, 31), DatePrecision.WEEK))
                .as("a week from August into September")
                .containsExactly(2020);
        assertThat(CitedSource.dateParts(LocalDate.of(2019, 12, 30), DatePrecision.WEEK))
                .as("a week across the new year")
                .isEmpty();
    }

    @Test
    void bibtex_parses_back_and_its_text_typesets_as_written() throws Exception {
        String bib = BibTex.write(List.of(source("an-article", "A quote: " + SPECIALS, List.of(2020, 8, 9))), ACCESSED);

        BibTeXEntry entry = bibtex(bib).getEntries().get(new Key("an-article"));

        assertThat(entry.getType()).isEqualTo(BibTeXEntry.TYPE_ARTICLE);
        assertThat(typeset(entry, BibTeXEntry.KEY_TITLE)).isEqualTo("Title: " + SPECIALS);
        assertThat(typeset(entry, BibTeXEntry.KEY_JOURNAL)).isEqualTo("Publisher & Co");
        assertThat(typeset(entry, new Key("abstract"))).isEqualTo("“A quote: " + SPECIALS + "” “a second quote”");
        assertThat(entry.getField(BibTeXEntry.KEY_YEAR).toUserString()).isEqualTo("2020");
        assertThat(entry.getField(BibTeXEntry.KEY_MONTH).toUserString()).isEqualTo("August");
        assertThat(entry.getField(new Key("date")).toUserString()).isEqualTo("2020-08-09");
        assertThat(entry.getField(BibTeXEntry.KEY_URL).toUserString())
                .isEqualTo("https://news.example.org/a%D0%B1?x=1&y=2#top");
        assertThat(entry.getField(new Key("urldate")).toUserString()).isEqualTo("2026-11-30");
        assertThat(typeset(entry, BibTeXEntry.KEY_NOTE)).contains("https://timeline.example.org/events/7");
    }

    @Test
    void bibtex_has_a_year_and_a_month_only_when_the_date_tells_them() throws Exception {
        String bib = BibTex.write(
                List.of(
                        source("a-month", "q", List.of(2020, 8)),
                        source("a-year", "q", List.of(2020)),
                        source("no-date", "q", List.of())),
                ACCESSED);

        Map<Key, BibTeXEntry> entries = bibtex(bib).getEntries();

        BibTeXEntry month = entries.get(new Key("a-month"));
        assertThat(month.getField(BibTeXEntry.KEY_MONTH).toUserString()).isEqualTo("August");
        assertThat(month.getField(new Key("date")).toUserString()).isEqualTo("2020-08");
        BibTeXEntry year = entries.get(new Key("a-year"));
        assertThat(year.getField(BibTeXEntry.KEY_YEAR).toUserString()).isEqualTo("2020");
        assertThat(year.getField(BibTeXEntry.KEY_MONTH)).isNull();
        BibTeXEntry undated = entries.get(new Key("no-date"));
        assertThat(undated.getField(BibTeXEntry.KEY_YEAR)).isNull();
        assertThat(undated.getField(new Key("date"))).isNull();
    }

    @Test
    void ris_records_hold_every_tag_on_one_line_and_the_date_to_its_precision() {
        String ris = Ris.write(
                List.of(
                        source("a-day", "A quote", List.of(2020, 8, 9)),
                        source("a-month", "q", List.of(2020, 8)),
                        source("a-year", "q", List.of(2020))),
                ACCESSED);

        assertThat(ris).endsWith("ER  - \r\n");
        assertThat(ris.replace("\r\n", "")).doesNotContain("\n");
        List<Map<String, List<String>>> records = risRecords(ris);
        assertThat(records).hasSize(3);
        Map<String, List<String>> day = records.get(0);
        assertThat(day.get("TY")).containsExactly("NEWS");
        assertThat(day.get("TI")).containsExactly("Title: " + SPECIALS);
        assertThat(day.get("T2")).containsExactly("Publisher & Co");
        assertThat(day.get("PY")).containsExactly("2020");
        assertThat(day.get("DA")).containsExactly("2020/08/09/");
        assertThat(day.get("UR")).containsExactly("https://news.example.org/a%D0%B1?x=1&y=2#top");
        assertThat(day.get("Y2")).containsExactly("2026/11/30");
        assertThat(day.get("AB")).containsExactly("“A quote” “a second quote”");
        assertThat(day.get("LA")).containsExactly("ru");
        assertThat(records.get(1).get("DA")).containsExactly("2020/08//");
        assertThat(records.get(2).get("DA")).containsExactly("2020///");
    }

    @Test
    void csl_json_items_have_what_csl_requires_and_dates_of_one_to_three_parts() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String csl = CslJson.write(
                json,
                List.of(
                        source("a-day", "A quote", List.of(2020, 8, 9)),
                        source("a-year", "q", List.of(2020)),
                        source("no-date", "q", List.of())),
                ACCESSED);

        JsonNode items = json.readTree(csl);
        assertThat(items.isArray()).isTrue();
        assertThat(items).hasSize(3).allSatisfy(CitationFormatsTest::isCslItem);
        JsonNode day = items.get(0);
        assertThat(day.get("issued").get("date-parts").get(0)).hasToString("[2020,8,9]");
        assertThat(day.get("accessed").get("date-parts").get(0)).hasToString("[2026,11,30]");
        assertThat(day.get("abstract").asText()).isEqualTo("A quote\n\na second\nquote");
        assertThat(day.get("title").asText()).isEqualTo("Title: " + SPECIALS);
        assertThat(items.get(1).get("issued").get("date-parts").get(0)).hasToString("[2020]");
        assertThat(items.get(2).has("issued")).isFalse();
    }

    /** CSL-JSON's schema (csl-data.json): an id, a known type, known variables, dates as date-parts. */
    private static void isCslItem(JsonNode item) {
        assertThat(item.get("id").isTextual()).isTrue();
        assertThat(item.get("type").asText()).isIn("article-newspaper", "article", "webpage");
        Set<String> variables = Set.of(
                "id",
                "type",
                "title",
                "container-title",
                "publisher",
                "language",
                "issued",
                "accessed",
                "URL",
                "abstract",
                "note");
        item.fieldNames().forEachRemaining(name -> assertThat(variables).contains(name));
        for (String date : List.of("issued", "accessed")) {
            if (item.has(date)) {
                JsonNode parts = item.get(date).get("date-parts");
                assertThat(parts.size()).isBetween(1, 2);
                parts.forEach(part -> {
                    assertThat(part.size()).isBetween(1, 3);
                    part.forEach(number -> assertThat(number.isInt()).isTrue());
                });
            }
        }
    }

    private static BibTeXDatabase bibtex(String bib) throws Exception {
        BibTeXParser parser = new BibTeXParser();
        BibTeXDatabase database = parser.parse(new StringReader(bib));
        assertThat(parser.getExceptions()).isEmpty();
        return database;
    }

    /** The field as TeX would typeset it, read by jbibtex's LaTeX parser and printer. */
    private static String typeset(BibTeXEntry entry, Key field) throws Exception {
        String latex = entry.getField(field).toUserString();
        return new LaTeXPrinter().print(new LaTeXParser().parse(latex));
    }

    /** RIS: "TAG  - value" lines, records closed by "ER  - ". */
    private static List<Map<String, List<String>>> risRecords(String ris) {
        List<Map<String, List<String>>> records = new ArrayList<>();
        Map<String, List<String>> record = new LinkedHashMap<>();
        for (String line : ris.split("\r\n")) {
            assertThat(line).matches("[A-Z][A-Z0-9]  - .*");
            String tag = line.substring(0, 2);
            if (tag.equals("ER")) {
                records.add(record);
                record = new LinkedHashMap<>();
            } else {
                record.computeIfAbsent(tag, t -> new ArrayList<>()).add(line.substring(6));
            }
        }
        assertThat(record).as("nothing after the last ER").isEmpty();
        return records;
    }
}
