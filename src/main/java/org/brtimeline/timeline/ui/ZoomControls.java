package org.brtimeline.timeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Zoom in, zoom out and "Fit all" (every matching event, old ones included), next to the chart. */
class ZoomControls extends HorizontalLayout {

    final Button zoomIn = new Button(VaadinIcon.PLUS.create());
    final Button zoomOut = new Button(VaadinIcon.MINUS.create());
    final Button fitAll = new Button("Fit all", VaadinIcon.EXPAND_SQUARE.create());

    ZoomControls(Runnable onZoomIn, Runnable onZoomOut, Runnable onFitAll) {
        setSpacing(false);
        zoomIn.setAriaLabel("Zoom in");
        zoomIn.setTooltipText("Zoom in (+, or Ctrl and the mouse wheel)");
        zoomOut.setAriaLabel("Zoom out");
        zoomOut.setTooltipText("Zoom out (−)");
        fitAll.setTooltipText("Show every matching event");
        zoomIn.addClickListener(e -> onZoomIn.run());
        zoomOut.addClickListener(e -> onZoomOut.run());
        fitAll.addClickListener(e -> onFitAll.run());
        for (Button button : new Button[] {zoomIn, zoomOut, fitAll}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        add(zoomIn, zoomOut, fitAll);
    }

    /** The buttons that would go past the chart's limits are off: at 120 years "zoom out" does nothing, at 3 days "zoom in". */
    void showLimits(Windows window) {
        zoomOut.setEnabled(window.days() < Windows.MAX_DAYS);
        zoomIn.setEnabled(window.days() > Windows.MIN_DAYS);
    }
}
