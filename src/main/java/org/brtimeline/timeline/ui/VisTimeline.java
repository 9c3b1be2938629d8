package org.brtimeline.timeline.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Our Vaadin component around the npm package vis-timeline: the element {@code <br-timeline>} of
 * {@code frontend/vis-timeline-connector.js}. Typed items and groups go to the browser as JSON
 * (Jackson); the reader's selections and window moves come back as DOM events. The element itself
 * creates the chart when it is attached to the page and destroys it when it is detached.
 *
 * <p>State goes to the browser by one path: every change (window, data, selection) is collected and
 * sent once, just before the response, as one {@code update}; a re-attached element gets the whole
 * state again. Windows the server sets are not reported back by the browser: only the reader's moves.
 */
@Tag("br-timeline")
@NpmPackage(value = "vis-timeline", version = "8.5.4")
@JsModule("./vis-timeline-connector.js")
@CssImport("./vis-timeline-connector.css")
public class VisTimeline extends Component implements HasSize, HasStyle {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final long DAY = 86_400_000L;

    /**
     * One item: {@code content} is its label, {@code description} what assistive technology announces (the date
     * and the title); {@code type} is point, range or background; {@code cluster} items zoom in when chosen.
     */
    public record Item(
            String id,
            String content,
            String description,
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

    /** The chart's limits, in epoch milliseconds: the first window, the outermost dates, the zoom range. */
    private record Options(long start, long end, long min, long max, long zoomMin, long zoomMax) {}

    /** The visible window {@code [start, end)} in epoch milliseconds. */
    private record Window(long start, long end) {}

    /** The overview strip: counts per period over the whole extent {@code [start, end]} of the matching events. */
    private record Overview(LocalDate start, LocalDate end, List<Density> buckets) {}

    /** What the chart shows. */
    private record Data(List<Item> items, List<Group> groups, List<Density> density) {}

    private final Options options;
    private Window window;
    private Data data;
    private String selection;
    private Overview overview;
    private final Map<String, Object> changes = new LinkedHashMap<>();
    private boolean flushScheduled;
    private int dataPushes;

    public VisTimeline(LocalDate start, LocalDate end) {
        setWidthFull();
        addClassName("vt-root");
        options = new Options(
                millis(start),
                millis(end.plusDays(1)),
                millis(Windows.FIRST_DAY),
                millis(Windows.LAST_DAY.plusDays(1)),
                Windows.MIN_DAYS * DAY,
                (long) Windows.MAX_DAYS * DAY);
        window = new Window(options.start(), options.end());
        // What the reader did is the state a re-attached element must show again.
        addRangeChangeListener(
                e -> window = new Window(millis(e.start()), millis(e.end().plusDays(1))));
        addSelectListener(e ->
                selection = e.eventId().map(id -> ItemId.event(id).toString()).orElse(selection));
    }

    static long millis(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    static LocalDate day(double millis) {
        return Instant.ofEpochMilli((long) millis).atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** The last day a window shows, from its exclusive end in milliseconds (a window ending at midnight ends the day before). */
    static LocalDate lastDay(double exclusiveEndMillis) {
        return day(Math.ceil(exclusiveEndMillis) - 1);
    }

    public void setData(List<Item> items, List<Group> groups, List<Density> density) {
        data = new Data(List.copyOf(items), List.copyOf(groups), List.copyOf(density));
        change("data", data);
    }

    /** The overview strip above the chart: every matching event from {@code start} to {@code end}, counted per period. */
    public void setOverview(LocalDate start, LocalDate end, List<Density> buckets) {
        overview = new Overview(start, end, List.copyOf(buckets));
        change("overview", overview);
    }

    /** The overview strip of every matching event, counted per period; none when nothing matches. */
    public void showOverview(Optional<org.brtimeline.timeline.Overview> matching) {
        matching.ifPresentOrElse(
                o -> setOverview(
                        o.extent().start(),
                        o.extent().end(),
                        o.counts().stream()
                                .map(b -> new Density(b.start(), b.end(), b.count()))
                                .toList()),
                this::clearOverview);
    }

    /** No overview: nothing matches. */
    public void clearOverview() {
        overview = null;
        change("overview", null);
    }

    /** Shows the days {@code start} to {@code end}, both included. */
    public void setWindow(LocalDate start, LocalDate end) {
        window = new Window(millis(start), millis(end.plusDays(1)));
        change("window", window);
    }

    /** Selects the event's item (in every lane it shows in). */
    public void select(long eventId) {
        selection = ItemId.event(eventId).toString();
        change("selection", selection);
    }

    public void clearSelection() {
        selection = null;
        change("selection", null);
    }

    /** How many times the data went to the browser since this component was created. */
    int dataPushes() {
        return dataPushes;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // A new element in the browser (first attach, or the view shown again): it gets the whole state.
        changes.put("options", options);
        changes.put("window", window);
        if (data != null) {
            changes.put("data", data);
        }
        changes.put("selection", selection);
        if (overview != null) {
            changes.put("overview", overview);
        }
        scheduleFlush();
    }

    private void change(String part, Object value) {
        changes.put(part, value);
        scheduleFlush();
    }

    private void scheduleFlush() {
        if (flushScheduled) {
            return;
        }
        flushScheduled = true;
        getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(this, context -> flush()));
    }

    private void flush() {
        flushScheduled = false;
        if (changes.isEmpty()) {
            return;
        }
        if (changes.containsKey("data")) {
            dataPushes++;
        }
        getElement().executeJs("this.update(JSON.parse($0))", json(changes));
        changes.clear();
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
            this.end = lastDay(end);
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
