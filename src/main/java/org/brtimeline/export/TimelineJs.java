package org.brtimeline.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.chronology.EventDetails;
import org.springframework.web.util.HtmlUtils;

/**
 * Events in the JSON that Knight Lab's TimelineJS reads: a title slide and one slide per event whose dates carry only
 * the fields their precision allows (a month has no day), whose {@code display_date} is our date label, and whose text
 * quotes the evidence with links to the passages in our reader.
 */
public final class TimelineJs {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonGenerator out;
    private final String site;

    public TimelineJs(JsonGenerator out, String site) {
        this.out = out;
        this.site = site;
    }

    public void begin(String headline, String description) throws IOException {
        ObjectNode title = NODES.objectNode();
        title.putObject("text").put("headline", headline).put("text", description);
        out.writeStartObject();
        out.writeFieldName("title");
        out.writeTree(title);
        out.writeArrayFieldStart("events");
    }

    public void write(EventDetails event) throws IOException {
        out.writeTree(slide(event));
    }

    public void end() throws IOException {
        out.writeEndArray();
        out.writeEndObject();
        out.flush();
    }

    ObjectNode slide(EventDetails event) {
        ObjectNode slide = NODES.objectNode();
        slide.put("unique_id", "event-" + event.id());
        slide.set("start_date", date(event.start(), event.precision()));
        if (event.end() != null && !event.end().equals(event.start())) {
            slide.set("end_date", date(event.end(), event.precision()));
        }
        slide.put("display_date", event.label());
        slide.putObject("text")
                .put("headline", HtmlUtils.htmlEscape(event.title()))
                .put("text", text(event));
        if (event.category() != null) {
            slide.put("group", event.category().code());
        }
        return slide;
    }

    /** Year always; month unless the date is a year; day only for days and weeks (a week starts on its Monday). */
    static ObjectNode date(LocalDate day, DatePrecision precision) {
        ObjectNode date = NODES.objectNode().put("year", day.getYear());
        if (precision != DatePrecision.YEAR) {
            date.put("month", day.getMonthValue());
        }
        if (precision == DatePrecision.DAY || precision == DatePrecision.WEEK) {
            date.put("day", day.getDayOfMonth());
        }
        return date;
    }

    private String text(EventDetails event) {
        return EventHtml.summaryAndQuotes(site, event) + "<p><a href=\""
                + HtmlUtils.htmlEscape(site + "/events/" + event.id()) + "\">Event page</a></p>";
    }
}
