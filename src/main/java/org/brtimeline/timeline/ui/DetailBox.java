package org.brtimeline.timeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.ui.EventDetailPanel;

/**
 * The event detail beside the chart, with "Previous" and "Next" in date order and a close button.
 * On a phone it is a sheet at the bottom of the screen, so that it opens in view (CSS class
 * {@code detail-box}).
 */
class DetailBox extends Div {

    final Button previous = new Button("Previous", VaadinIcon.ARROW_LEFT.create());
    final Button next = new Button("Next", VaadinIcon.ARROW_RIGHT.create());
    final Button close = new Button(VaadinIcon.CLOSE.create());
    private final EventDetailPanel detail;

    DetailBox(EventDetailPanel detail, Runnable onPrevious, Runnable onNext, Runnable onClose) {
        this.detail = detail;
        addClassName("detail-box");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Event detail");
        previous.addClickListener(e -> onPrevious.run());
        next.addClickListener(e -> onNext.run());
        next.setIconAfterText(true);
        close.addClickListener(e -> onClose.run());
        close.setAriaLabel("Close the detail");
        close.setTooltipText("Close");
        for (Button button : new Button[] {previous, next, close}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        HorizontalLayout bar = new HorizontalLayout(previous, next, close);
        bar.setSpacing(false);
        bar.setWidthFull();
        bar.setJustifyContentMode(HorizontalLayout.JustifyContentMode.END);
        add(bar, detail);
        setVisible(false);
    }

    /**
     * @param searched the spellings the reader's search matched, highlighted in the quotes
     * @param hasPrevious whether an event comes before it among the matching ones ("Previous" is off when not)
     */
    void show(EventDetails event, boolean editor, List<String> searched, boolean hasPrevious, boolean hasNext) {
        detail.show(event, editor, searched);
        detail.setVisible(true);
        previous.setEnabled(hasPrevious);
        next.setEnabled(hasNext);
        setVisible(true);
    }

    void hide() {
        detail.setVisible(false);
        setVisible(false);
    }
}
