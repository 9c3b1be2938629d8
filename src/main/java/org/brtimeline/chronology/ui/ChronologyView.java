package org.brtimeline.chronology.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventQuery;

/** Every published event in date order, with its date wording, title and source quotes; pages through the database. */
@Route("")
@PageTitle("Chronology · Belarus–Russia timeline")
@AnonymousAllowed
public class ChronologyView extends VerticalLayout {

    final Grid<EventDetails> grid = new Grid<>();

    public ChronologyView(ChronologyService chronology) {
        setSizeFull();
        grid.addColumn(EventDetails::label).setHeader("When").setWidth("11em").setFlexGrow(0);
        grid.addComponentColumn(ChronologyView::describe).setHeader("Event and sources").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        EventQuery everything = EventQuery.everything();
        grid.setItems(query -> chronology.slice(everything, query.getOffset(), query.getLimit()).stream(),
                query -> (int) chronology.count(everything));
        grid.setSizeFull();
        add(grid);
    }

    private static Div describe(EventDetails event) {
        Span title = new Span(event.title());
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Div cell = new Div(title);
        for (EventDetails.EvidenceDetails evidence : event.evidence()) {
            Paragraph quote = new Paragraph("“" + evidence.quote() + "” — " + evidence.publisher());
            quote.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);
            cell.add(quote);
        }
        return cell;
    }
}
