package org.brtimeline.reader.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import java.util.List;
import java.util.stream.Collectors;
import org.brtimeline.base.ui.SearchHits;
import org.brtimeline.chronology.ArticleEvidence;

/**
 * A highlighted piece of text that quotes one or more events. Hover or click (or focus and Enter)
 * shows which events it supports, with links to them.
 */
class EvidenceMark extends Span {

    private final boolean focused;

    EvidenceMark(String text, List<ArticleEvidence> evidence, Long focus, List<String> searched) {
        add(SearchHits.marked(text, searched).toArray(com.vaadin.flow.component.Component[]::new));
        focused = focus != null && evidence.stream().anyMatch(e -> e.evidenceId() == focus);
        addClassName("evidence");
        getElement().setAttribute("tabindex", "0");
        // A control that opens the list of events it supports: a role that may carry a label.
        getElement().setAttribute("role", "button");
        getElement().setAttribute("aria-haspopup", "dialog");
        getElement()
                .setAttribute(
                        "data-evidence",
                        evidence.stream()
                                .map(e -> String.valueOf(e.evidenceId()))
                                .collect(Collectors.joining(" ")));
        getElement()
                .setAttribute(
                        "aria-label",
                        "Evidence for: "
                                + evidence.stream()
                                        .map(ArticleEvidence::eventTitle)
                                        .distinct()
                                        .collect(Collectors.joining("; ")));
        getStyle()
                .set(
                        "background",
                        focused ? "var(--lumo-warning-color-50pct, #ffd54f)" : "var(--lumo-primary-color-10pct)")
                .set("border-bottom", "2px solid var(--lumo-primary-color-50pct)")
                .set("cursor", "pointer");
        if (focused) {
            addClassName("evidence-focus");
            getStyle().set("outline", "2px solid var(--lumo-warning-color, #f5a623)");
        }
        Popover popover = new Popover();
        popover.setTarget(this);
        popover.setOpenOnHover(true);
        popover.setOpenOnFocus(true);
        Div events = new Div();
        events.add(new Span(
                evidence.size() == 1
                        ? "Supports:"
                        : "Supports "
                                + evidence.stream()
                                        .map(ArticleEvidence::eventId)
                                        .distinct()
                                        .count() + " events:"));
        evidence.stream().map(e -> e.eventId()).distinct().forEach(id -> {
            ArticleEvidence e =
                    evidence.stream().filter(x -> x.eventId() == id).findFirst().orElseThrow();
            Div line = new Div(new Anchor("events/" + id, e.eventLabel() + " — " + e.eventTitle()));
            events.add(line);
        });
        popover.add(events);
    }

    boolean isFocused() {
        return focused;
    }
}
