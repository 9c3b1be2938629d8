package org.brtimeline.timeline.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import org.brtimeline.chronology.Category;

/** The colour of each category, as drawn on the timeline, and how fuzzy dates look. */
final class Legend {

    static final Map<Category, String> COLOURS = Map.of(
            Category.DIPLOMACY,
            "#1f77b4",
            Category.MILITARY,
            "#d62728",
            Category.POLITICS,
            "#9467bd",
            Category.PROTEST,
            "#ff7f0e",
            Category.REPRESSION,
            "#8c564b",
            Category.ECONOMY,
            "#2ca02c",
            Category.STATEMENT,
            "#7f7f7f");

    private Legend() {}

    static Div categories() {
        Div legend = new Div();
        legend.addClassName("legend");
        legend.getElement().setAttribute("aria-label", "Legend");
        for (Category category : Category.values()) {
            Span swatch = new Span();
            swatch.addClassName("legend-swatch");
            swatch.getStyle().set("border-color", COLOURS.get(category));
            Span item = new Span(swatch, new Span(category.code()));
            item.getStyle().set("margin-right", "var(--lumo-space-s)");
            legend.add(item);
        }
        Span fuzzy = new Span("dashed: fuzzy date (spans every possible day)");
        fuzzy.getStyle().set("font-style", "italic");
        legend.add(fuzzy);
        return legend;
    }
}
