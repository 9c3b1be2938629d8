package org.brtimeline.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.brtimeline.base.InvalidValueException;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventQuery;
import org.brtimeline.review.CandidateDecisions;
import org.brtimeline.review.CandidateStatus;
import org.brtimeline.review.ReviewItem;

/**
 * One proposed dated sentence in the review queue: accept it (opens the event form), add it as evidence to a possibly
 * identical event or any other, or reject it (not proposed again). {@code decided} runs after a decision.
 */
class CandidateCard extends Div {

    private static final int REFUSAL_SHOWN_MS = 8000;

    private final ReviewItem item;
    private final CandidateDecisions decisions;
    private final Runnable decided;

    CandidateCard(ReviewItem item, CandidateDecisions decisions, ChronologyService chronology, Runnable decided) {
        this.item = item;
        this.decisions = decisions;
        this.decided = decided;
        addClassName("candidate");
        getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)")
                .set("width", "100%");
        add(new Paragraph(item.label() + " — " + item.title()));
        Paragraph quote = new Paragraph("“" + item.quote() + "”");
        quote.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(quote, new CandidateFacts(item));
        if (item.status() != CandidateStatus.PENDING) {
            add(new Span(item.status() == CandidateStatus.REJECTED ? "Rejected" : "Accepted"));
            if (item.eventId() != null) {
                add(new Anchor("editor/events/" + item.eventId(), " (open the event)"));
            }
            return;
        }
        Button accept = new Button(
                "Accept",
                e -> UI.getCurrent()
                        .navigate(
                                "editor/events/new",
                                QueryParameters.simple(Map.of("candidate", String.valueOf(item.id())))));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button reject = new Button("Reject", e -> decide(() -> decisions.reject(item.id())));
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        add(new FlexLayout(accept, reject));
        if (item.possibleDuplicate() != null) {
            EventDetails same = item.possibleDuplicate();
            Paragraph possibly = new Paragraph("Possibly the same as ");
            possibly.add(new Anchor("events/" + same.id(), same.label() + " — " + same.title()));
            Button asEvidence = new Button(
                    "Add as evidence to that event", e -> decide(() -> decisions.addAsEvidence(item.id(), same.id())));
            asEvidence.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(possibly, asEvidence);
        }
        add(anyEvent(chronology));
    }

    /** Adds the sentence as evidence to any existing event the editor picks. */
    private FlexLayout anyEvent(ChronologyService chronology) {
        ComboBox<EventDetails> event = new ComboBox<>();
        event.setPlaceholder("…or to another event");
        event.setItemLabelGenerator(e -> e.label() + " — " + e.title());
        event.setItems(q ->
                chronology.slice(EventQuery.typed(q.getFilter().orElse("")), q.getOffset(), q.getLimit()).stream());
        event.setWidth("22em");
        Button add = new Button("Add as evidence", e -> {
            if (event.getValue() != null) {
                decide(() -> decisions.addAsEvidence(item.id(), event.getValue().id()));
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        FlexLayout row = new FlexLayout(event, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    /**
     * Runs an editor's decision; one the service refuses (another editor decided the sentence meanwhile, the event was
     * merged, deleted or already cites it) is said in a notice, and the queue is shown as it now stands either way.
     */
    private void decide(Runnable decision) {
        try {
            decision.run();
        } catch (IllegalArgumentException | IllegalStateException refused) {
            Notification notice = Notification.show(
                    InvalidValueException.problemIn(refused), REFUSAL_SHOWN_MS, Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        decided.run();
    }
}
