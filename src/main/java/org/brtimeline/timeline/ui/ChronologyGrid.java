package org.brtimeline.timeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.brtimeline.base.ui.SearchHits;
import org.brtimeline.chronology.EventDetails;

/** The list's grid: date, title with the searched words marked, and on a wide screen actors, category and sources. */
class ChronologyGrid extends Grid<EventDetails> {

    static final int NARROW = 700;

    final Grid.Column<EventDetails> when;
    private final List<Grid.Column<EventDetails>> secondary;
    private List<String> searched = List.of();

    ChronologyGrid() {
        when = addColumn(EventDetails::label)
                .setHeader("When")
                .setWidth("12em")
                .setFlexGrow(0)
                .setSortable(true)
                .setKey(ListOrder.WHEN);
        addComponentColumn(e -> new Span(SearchHits.marked(e.title(), searched).toArray(Component[]::new)))
                .setHeader("Event")
                .setFlexGrow(2);
        secondary = List.of(
                addColumn(e -> e.actors().stream()
                                .map(EventDetails.ActorRef::name)
                                .collect(Collectors.joining(", ")))
                        .setHeader("Actors")
                        .setFlexGrow(1),
                addColumn(e -> e.category().label())
                        .setHeader("Category")
                        .setAutoWidth(true)
                        .setFlexGrow(0),
                addColumn(ChronologyGrid::sources)
                        .setHeader("Sources")
                        .setAutoWidth(true)
                        .setFlexGrow(0)
                        .setKey("sources"));
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        setAriaLabel("Chronology of events");
    }

    /** The spellings to mark in the titles (a search's words and the other spellings of a searched name). */
    void mark(List<String> spellings) {
        searched = spellings;
    }

    /** On a phone the date and the title get the width; actors, category and sources are in the detail. */
    void fitColumnsTo(int windowWidth) {
        boolean narrow = windowWidth < NARROW;
        secondary.forEach(column -> column.setVisible(!narrow));
        when.setWidth(narrow ? "8em" : "12em");
    }

    /** Sources are articles: several quotes from one article count once. */
    static long sources(EventDetails event) {
        return event.evidence().stream()
                .map(EventDetails.EvidenceDetails::articleSlug)
                .distinct()
                .count();
    }
}
