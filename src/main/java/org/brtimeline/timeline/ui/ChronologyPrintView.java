package org.brtimeline.timeline.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventQuery;
import org.jsoup.nodes.Element;

/**
 * {@code /chronology/print}: every event of the list's selection (the same URL parameters) as one
 * plain table, to print; the list itself is paged lazily and would print only the rows on screen.
 * What the page shows is what prints, at most {@value #MAX_ROWS} rows, and it says so when the
 * selection holds more.
 */
@Route("chronology/print")
@PageTitle("Print the chronology · Belarus–Russia timeline")
@AnonymousAllowed
public class ChronologyPrintView extends VerticalLayout implements BeforeEnterObserver {

    static final int MAX_ROWS = 2_000;

    final H2 heading = new H2();
    final Paragraph selection = new Paragraph();
    final Paragraph cut = new Paragraph();
    final Anchor back = new Anchor("chronology", "Back to the list");
    final Button print = new Button("Print", VaadinIcon.PRINT.create());
    final Div rows = new Div();
    /** {@link #MAX_ROWS}, lowered by the tests of a selection larger than the page. */
    int maxRows = MAX_ROWS;

    private final ChronologyService chronology;

    public ChronologyPrintView(ChronologyService chronology) {
        this.chronology = chronology;
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        print.addClickListener(e -> e.getSource().getElement().executeJs("window.print()"));
        HorizontalLayout tools = new HorizontalLayout(print, back);
        tools.setAlignItems(Alignment.BASELINE);
        tools.addClassName("no-print");
        cut.addClassName("print-cut");
        rows.setWidthFull();
        add(tools, heading, selection, cut, rows);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ChronologyFilter filter =
                ChronologyFilter.from(event.getLocation().getQueryParameters()).withEvent(null);
        AddressProblems.tell(event.getLocation().getQueryParameters(), chronology);
        back.setHref(new Location("chronology", filter.toParameters()).getPathWithQueryParameters());
        EventQuery query = filter.query();
        long total = chronology.count(query);
        List<EventDetails> events = first(query, (int) Math.min(total, maxRows));
        heading.setText("Chronology: " + (total == 1 ? "1 event" : total + " events") + ", in date order");
        selection.setText(describe(filter));
        cut.setVisible(total > events.size());
        cut.setText("Listed here: the first " + events.size() + " of " + total
                + " events. Narrow the filters (dates, words, actors, categories) to print the others.");
        rows.removeAll();
        rows.add(new Html(table(events).outerHtml()));
    }

    private List<EventDetails> first(EventQuery query, int count) {
        List<EventDetails> events = new ArrayList<>(count);
        while (events.size() < count) {
            List<EventDetails> slice = chronology.slice(query, events.size(), count - events.size());
            if (slice.isEmpty()) {
                break;
            }
            events.addAll(slice);
        }
        return events;
    }

    /** What the selection is, in words, so that a printed sheet says what it lists. */
    private String describe(ChronologyFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.from() != null || filter.to() != null) {
            parts.add("dates " + (filter.from() == null ? "…" : filter.from()) + " to "
                    + (filter.to() == null ? "…" : filter.to()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            parts.add("words “" + filter.text().strip() + "”");
        }
        if (!filter.actorIds().isEmpty()) {
            Map<Long, String> names = chronology.actors().stream()
                    .collect(Collectors.toMap(EventDetails.ActorRef::id, EventDetails.ActorRef::name));
            parts.add("actors "
                    + filter.actorIds().stream()
                            .sorted()
                            .map(id -> names.getOrDefault(id, "#" + id))
                            .collect(Collectors.joining(", ")));
        }
        if (!filter.categories().isEmpty()) {
            parts.add("categories "
                    + filter.categories().stream().sorted().map(Category::code).collect(Collectors.joining(", ")));
        }
        if (filter.article() != null) {
            parts.add("article " + filter.article());
        }
        return parts.isEmpty() ? "Every published event." : "Selection: " + String.join("; ", parts) + ".";
    }

    /** One plain table, built as markup in one piece (each text escaped by jsoup) rather than as thousands of components. */
    private static Element table(List<EventDetails> events) {
        Element table = new Element("table").addClass("print-list");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : List.of("When", "Event", "Actors", "Category", "Sources")) {
            head.appendElement("th").attr("scope", "col").text(column);
        }
        Element body = table.appendElement("tbody");
        for (EventDetails event : events) {
            Element row = body.appendElement("tr");
            row.appendElement("td").addClass("when").text(event.label());
            row.appendElement("td").text(event.title());
            row.appendElement("td")
                    .text(event.actors().stream()
                            .map(EventDetails.ActorRef::name)
                            .collect(Collectors.joining(", ")));
            row.appendElement("td").text(event.category().label());
            row.appendElement("td").addClass("number").text(String.valueOf(ChronologyGrid.sources(event)));
        }
        return table;
    }
}
