package org.brtimeline.timeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.brtimeline.chronology.Category;

/**
 * The colour of each category, as drawn on the timeline, and how fuzzy dates look. Each entry is a
 * toggle button: pressing it hides or shows that category (the same as the category filter).
 */
final class Legend extends Div {

    static final Map<Category, String> COLOURS = Map.of(
            Category.DIPLOMACY, "#1f77b4",
            Category.MILITARY, "#d62728",
            Category.POLITICS, "#9467bd",
            Category.PROTEST, "#ff7f0e",
            Category.REPRESSION, "#8c564b",
            Category.ECONOMY, "#2ca02c",
            Category.STATEMENT, "#7f7f7f");

    final Map<Category, Button> entries = new EnumMap<>(Category.class);

    Legend(Consumer<Set<Category>> onChange) {
        addClassName("legend");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Categories shown (press to hide or show)");
        for (Category category : Category.values()) {
            Span swatch = new Span();
            swatch.addClassName("legend-swatch");
            swatch.getStyle().set("border-color", COLOURS.get(category));
            Button entry = new Button(category.label(), swatch);
            entry.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            entry.addClassName("legend-entry");
            entry.addClickListener(e -> onChange.accept(toggled(shown(), category)));
            entries.put(category, entry);
            add(entry);
        }
        Span fuzzy = new Span("dashed: fuzzy date (spans every possible day)");
        fuzzy.getStyle().set("font-style", "italic");
        add(fuzzy);
        show(Set.of());
    }

    /**
     * The categories shown after pressing {@code category}: hidden if it was shown (unless it is the last one
     * shown), shown if it was hidden; all shown is written as no filter (an empty set).
     */
    static Set<Category> toggled(Set<Category> shown, Category category) {
        EnumSet<Category> next = shown.isEmpty() ? EnumSet.allOf(Category.class) : EnumSet.copyOf(shown);
        if (next.contains(category)) {
            if (next.size() > 1) {
                next.remove(category);
            }
        } else {
            next.add(category);
        }
        return next.size() == Category.values().length ? Set.of() : next;
    }

    /** Marks the entries of the categories shown; an empty filter shows all. */
    void show(Set<Category> filter) {
        entries.forEach((category, entry) -> {
            boolean shown = filter.isEmpty() || filter.contains(category);
            entry.getElement().setAttribute("aria-pressed", String.valueOf(shown));
            entry.getStyle().set("opacity", shown ? "1" : "0.45");
            entry.setTooltipText((shown ? "Hide " : "Show ") + category.code());
        });
    }

    private Set<Category> shown() {
        EnumSet<Category> shown = EnumSet.noneOf(Category.class);
        entries.forEach((category, entry) -> {
            if ("true".equals(entry.getElement().getAttribute("aria-pressed"))) {
                shown.add(category);
            }
        });
        return shown.size() == Category.values().length ? Set.of() : shown;
    }
}
