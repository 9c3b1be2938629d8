package org.brtimeline.export;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.base.DateQualifier;
import org.brtimeline.base.InvalidValueException;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.EventDate;
import org.brtimeline.chronology.EventDraft;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads events from a TimelineJS JSON file ({@code {"title": …, "events": [slides]}}), such as our own export
 * ({@link TimelineJs}): a slide's {@code text.headline} is the title, {@code start_date} (and {@code end_date}) the
 * date, its precision the finest field given (year, month or day), {@code group} the category (its code; a slide
 * without one, or whose group is no category, takes the fallback category when one is given, with a note).
 * When {@code display_date} is the label a precision and qualifier give ("week of 24 August 2020", "late November
 * 2022"), the event gets those; otherwise it is kept as the date's wording. The {@code text.text} HTML becomes the
 * summary as plain text, less our export's links; its quotes ({@code blockquote}) that link to an article of ours
 * ({@code /articles/{slug}}) are cited when their words are found in that article here. The title slide, media and
 * eras are not read.
 */
final class TimelineJsReader {

    static final String FORMAT = "TimelineJS";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ARTICLE = Pattern.compile(".*/articles/([^/?#]+)/?");
    private static final Pattern EVENT = Pattern.compile(".*/events/[0-9]+/?");

    /** The file's field for each of the event's fields, in the report. */
    private static final Map<String, String> FIELDS = Map.of(
            "title", "text.headline",
            "summary", "text.text",
            "category", "group",
            "start", "start_date",
            "end", "end_date",
            "precision", "start_date",
            "qualifier", "display_date",
            "wording", "display_date");

    private TimelineJsReader() {}

    static EventRow.Parsed read(String text, Category fallback) {
        JsonNode file;
        try {
            file = JSON.readTree(text);
        } catch (JacksonException e) {
            return EventRow.Parsed.refused(FORMAT, "not readable JSON (" + e.getOriginalMessage() + ")");
        }
        JsonNode slides = file == null ? null : file.get("events");
        if (slides == null || !slides.isArray()) {
            return EventRow.Parsed.refused(FORMAT, "no \"events\" list: not a TimelineJS file");
        }
        if (slides.isEmpty()) {
            return EventRow.Parsed.refused(FORMAT, "the file has no events");
        }
        List<EventRow> rows = new ArrayList<>();
        for (int i = 0; i < slides.size(); i++) {
            rows.add(slide("slide " + (i + 1), slides.get(i), fallback));
        }
        return new EventRow.Parsed(FORMAT, rows, List.of(), field -> FIELDS.getOrDefault(field, field));
    }

    private static EventRow slide(String where, JsonNode slide, Category fallback) {
        EventDraft draft = new EventDraft();
        EventRow row = new EventRow(where, draft);
        if (!slide.isObject()) {
            row.problem("", "a slide is a JSON object");
            return row;
        }
        draft.setTitle(
                Jsoup.parse(slide.path("text").path("headline").asText("")).text());
        draft.setCategory(category(row, slide.path("group").asText("").strip(), fallback));
        Optional<Day> start = day(row, "start_date", slide.get("start_date"));
        Optional<Day> end =
                slide.hasNonNull("end_date") ? day(row, "end_date", slide.get("end_date")) : Optional.empty();
        start.ifPresent(s -> date(
                draft,
                s,
                end.orElse(null),
                slide.path("display_date").asText("").strip()));
        summaryAndQuotes(row, slide.path("text").path("text").asText(""));
        return row;
    }

    private static Category category(EventRow row, String group, Category fallback) {
        for (Category category : Category.values()) {
            if (category.code().equalsIgnoreCase(group)) {
                return category;
            }
        }
        if (fallback != null) {
            if (!group.isEmpty()) {
                row.notes()
                        .add(new ImportReport.Problem(
                                row.where(),
                                "group",
                                "'" + group + "' is not a category; filed under " + fallback.code()));
            }
            return fallback;
        }
        row.problem(
                "group",
                (group.isEmpty() ? "no group" : "'" + group + "' is not a category")
                        + ": the group names the category, one of "
                        + String.join(
                                ", ",
                                java.util.Arrays.stream(Category.values())
                                        .map(Category::code)
                                        .toList()));
        return null;
    }

    /** A TimelineJS date: a day and the finest field given. */
    private record Day(LocalDate day, DatePrecision precision) {}

    private static Optional<Day> day(EventRow row, String field, JsonNode date) {
        if (date == null || !date.isObject() || !date.hasNonNull("year")) {
            row.problem(field, "required, with at least a year");
            return Optional.empty();
        }
        try {
            int year = number(date, "year");
            boolean hasMonth =
                    date.hasNonNull("month") && !date.get("month").asText().isBlank();
            boolean hasDay = hasMonth
                    && date.hasNonNull("day")
                    && !date.get("day").asText().isBlank();
            LocalDate day = LocalDate.of(year, hasMonth ? number(date, "month") : 1, hasDay ? number(date, "day") : 1);
            return Optional.of(
                    new Day(day, hasDay ? DatePrecision.DAY : hasMonth ? DatePrecision.MONTH : DatePrecision.YEAR));
        } catch (NumberFormatException | DateTimeException e) {
            row.problem(field, "not a real date (" + date + ")");
            return Optional.empty();
        }
    }

    private static int number(JsonNode date, String field) {
        return Integer.parseInt(date.get(field).asText().strip());
    }

    /**
     * The draft's date: both ends at the coarser of their precisions; the precision (a week for a Monday) and the
     * qualifier that give {@code display} as their label, or the display date kept as the wording.
     */
    private static void date(EventDraft draft, Day start, Day end, String display) {
        DatePrecision precision =
                end != null && end.precision().compareTo(start.precision()) > 0 ? end.precision() : start.precision();
        LocalDate first = precision.firstDayOfUnit(start.day());
        LocalDate last = end == null ? null : precision.firstDayOfUnit(end.day());
        draft.setStart(first);
        draft.setEnd(last);
        draft.setPrecision(precision);
        if (display.isEmpty()) {
            return;
        }
        List<DatePrecision> precisions =
                precision == DatePrecision.DAY ? List.of(DatePrecision.DAY, DatePrecision.WEEK) : List.of(precision);
        List<DateQualifier> qualifiers = new ArrayList<>();
        qualifiers.add(null);
        qualifiers.addAll(List.of(DateQualifier.values()));
        for (DatePrecision p : precisions) {
            for (DateQualifier q : qualifiers) {
                if (display.equalsIgnoreCase(labelled(first, last, p, q))) {
                    draft.setPrecision(p);
                    draft.setQualifier(q);
                    return;
                }
            }
        }
        draft.setWording(display);
    }

    private static String labelled(LocalDate start, LocalDate end, DatePrecision precision, DateQualifier qualifier) {
        try {
            return EventDate.of(start, end, precision, qualifier).label();
        } catch (InvalidValueException notThisOne) {
            return null;
        }
    }

    /** The slide's HTML: paragraphs become the summary, quotes that link to one of our articles are cited. */
    private static void summaryAndQuotes(EventRow row, String html) {
        List<String> paragraphs = new ArrayList<>();
        List<Node> nodes = Jsoup.parseBodyFragment(html).body().childNodes();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (node instanceof TextNode text) {
                add(paragraphs, text.getWholeText());
            } else if (node instanceof Element element) {
                Optional<String> source = i + 1 < nodes.size() && nodes.get(i + 1) instanceof Element next
                        ? articleLinked(next)
                        : Optional.empty();
                if (element.tagName().equals("blockquote") && source.isPresent()) {
                    String quote = element.wholeText().strip().replaceAll("^“|”$", "");
                    row.quotes().add(new EventRow.Quote(row.where(), source.get(), quote, null, null));
                    i++;
                } else if (!linksHere(element)) {
                    add(paragraphs, element.wholeText());
                }
            }
        }
        row.draft().setSummary(String.join("\n\n", paragraphs));
    }

    private static void add(List<String> paragraphs, String text) {
        if (!text.isBlank()) {
            paragraphs.add(text.strip());
        }
    }

    /** The slug of the article a source line ("Title — Publisher, Read in article") links to. */
    private static Optional<String> articleLinked(Element element) {
        for (Element link : element.select("a[href]")) {
            Matcher article = ARTICLE.matcher(path(link.attr("href")));
            if (article.matches()) {
                return Optional.of(article.group(1));
            }
        }
        return Optional.empty();
    }

    /** Our export's own lines: a link to the event's page or to an article, which this site makes anew. */
    private static boolean linksHere(Element element) {
        List<Element> links = element.select("a[href]");
        return !links.isEmpty()
                && links.stream()
                        .map(a -> path(a.attr("href")))
                        .allMatch(p ->
                                EVENT.matcher(p).matches() || ARTICLE.matcher(p).matches());
    }

    private static String path(String href) {
        try {
            String path = URI.create(href.strip()).getPath();
            return path == null ? "" : path;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
