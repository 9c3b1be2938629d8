package org.brtimeline.timeline.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Our Vaadin component around the npm package vis-timeline: typed items and groups go to the
 * browser as JSON (Jackson), selections and window changes come back as DOM events. The chart is
 * created on attach and destroyed on detach; it holds only what the server last sent.
 */
@NpmPackage(value = "vis-timeline", version = "8.5.4")
@JsModule("./vis-timeline-connector.js")
@CssImport("./vis-timeline-connector.css")
public class VisTimeline extends Div {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** One item: {@code type} is point, range or background; {@code cluster} items zoom in when clicked. */
    public record Item(
            String id,
            String content,
            LocalDate start,
            LocalDate end,
            String type,
            String group,
            String className,
            boolean cluster) {}

    /** A lane. */
    public record Group(String id, String content, int order, String className) {}

    /** A bar of the density strip: how many events start within {@code [start, end]}. */
    public record Density(LocalDate start, LocalDate end, long count) {}

    /** The window and its limits, in epoch milliseconds. */
    private record Options(long start, long end, long min, long max, long zoomMin, long zoomMax) {}

    private Options options;
    private String[] data;

    public VisTimeline(LocalDate start, LocalDate end) {
        setWidthFull();
        addClassName("vis-timeline-component");
        long day = 86_400_000L;
        options = new Options(
                millis(start),
                millis(end.plusDays(1)),
                millis(LocalDate.of(1900, 1, 1)),
                millis(LocalDate.of(2100, 1, 1)),
                3 * day,
                120L * 365 * day);
    }

    static long millis(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    static LocalDate day(double millis) {
        return Instant.ofEpochMilli((long) millis).atZone(ZoneOffset.UTC).toLocalDate();
    }

    public void setData(List<Item> items, List<Group> groups, List<Density> density) {
        data = new String[] {json(items), json(groups), json(density)};
        getElement()
                .executeJs(
                        "window.Vaadin.brTimeline.setData(this, JSON.parse($0), JSON.parse($1), JSON.parse($2))",
                        data[0],
                        data[1],
                        data[2]);
    }

    public void setWindow(LocalDate start, LocalDate end) {
        options = new Options(
                millis(start),
                millis(end.plusDays(1)),
                options.min(),
                options.max(),
                options.zoomMin(),
                options.zoomMax());
        getElement().executeJs("window.Vaadin.brTimeline.setWindow(this, $0, $1)", (double) options.start(), (double)
                options.end());
    }

    /** Selects the event's item (in every lane it shows in). */
    public void select(long eventId) {
        getElement()
                .executeJs(
                        "window.Vaadin.brTimeline.select(this, $0)",
                        ItemId.event(eventId).toString());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs("window.Vaadin.brTimeline.init(this, JSON.parse($0))", json(options));
        if (data != null) {
            getElement()
                    .executeJs(
                            "window.Vaadin.brTimeline.setData(this, JSON.parse($0), JSON.parse($1), JSON.parse($2))",
                            data[0],
                            data[1],
                            data[2]);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        getElement().executeJs("window.Vaadin.brTimeline.destroy(this)");
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("timeline data must serialise", e);
        }
    }

    public Registration addRangeChangeListener(ComponentEventListener<RangeChangeEvent> listener) {
        return addListener(RangeChangeEvent.class, listener);
    }

    public Registration addSelectListener(ComponentEventListener<SelectEvent> listener) {
        return addListener(SelectEvent.class, listener);
    }

    /** The reader moved or zoomed; sent once the movement settles (debounced in the browser). */
    @DomEvent("vt-range")
    public static class RangeChangeEvent extends ComponentEvent<VisTimeline> {
        private final LocalDate start;
        private final LocalDate end;

        public RangeChangeEvent(
                VisTimeline source,
                boolean fromClient,
                @EventData("event.detail.start") double start,
                @EventData("event.detail.end") double end) {
            super(source, fromClient);
            this.start = day(start);
            this.end = day(end);
        }

        public LocalDate start() {
            return start;
        }

        public LocalDate end() {
            return end;
        }
    }

    /** The reader clicked an event (clusters zoom in the browser and do not come here). */
    @DomEvent("vt-select")
    public static class SelectEvent extends ComponentEvent<VisTimeline> {
        private final String eventId;

        public SelectEvent(VisTimeline source, boolean fromClient, @EventData("event.detail.id") String eventId) {
            super(source, fromClient);
            this.eventId = eventId;
        }

        /** The event clicked, or empty when the browser sent an id that names none. */
        public java.util.Optional<Long> eventId() {
            return ItemId.eventIn(eventId);
        }
    }
}
