package org.brtimeline.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventQuery;
import org.brtimeline.review.CandidateStatus;
import org.brtimeline.review.Review;
import org.brtimeline.review.ReviewItem;
import org.brtimeline.review.ReviewService;

/**
 * The review queue of one article: its text with every date expression highlighted, and each
 * proposed event (with what the extraction suggests, see {@link CandidateFacts}) to accept (opens the event form), add to a possibly identical event, or
 * reject (not proposed again).
 */
@Route("editor/review/:slug")
@PageTitle("Review dated sentences · Belarus–Russia timeline")
@RolesAllowed({"EDITOR", "ADMIN"})
public class ReviewView extends VerticalLayout implements BeforeEnterObserver {

    final H2 heading = new H2();
    final Span progressText = new Span();
    final ProgressBar progress = new ProgressBar();
    final Div text = new Div();
    final VerticalLayout list = new VerticalLayout();
    private final ReviewService extraction;
    private final ChronologyService chronology;
    private String slug;

    /** Where an article's review is: {@code editor/review/<slug>}. */
    public static String pathOf(String slug) {
        return "editor/review/" + slug;
    }

    public ReviewView(ReviewService extraction, ChronologyService chronology) {
        this.extraction = extraction;
        this.chronology = chronology;
        text.getStyle().set("flex", "1 1 28em").set("max-width", "40em").set("line-height", "1.6");
        list.getStyle().set("flex", "1 1 24em");
        list.setPadding(false);
        FlexLayout columns = new FlexLayout(list, text);
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.getStyle().set("gap", "var(--lumo-space-l)");
        add(heading, progressText, progress, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        refresh();
    }

    private void refresh() {
        extraction
                .review(slug)
                .ifPresentOrElse(this::show, () -> heading.setText("There is no article '" + slug + "'"));
    }

    private void show(Review review) {
        heading.setText("Review dated sentences: " + review.title());
        int total = review.candidates().size();
        progressText.setText(review.reviewed() + " of " + total + " reviewed");
        progress.setValue(total == 0 ? 1 : (double) review.reviewed() / total);
        text.removeAll();
        text.add(new TimexText(review.text(), review.expressions()));
        list.removeAll();
        if (total == 0) {
            list.add(new Paragraph(
                    "No dated sentence to review: every dated sentence of this article is already evidence."));
        }
        review.candidates().forEach(item -> list.add(card(item)));
    }

    /** Adds the sentence as evidence to any existing event the editor picks. */
    private FlexLayout anyEvent(ReviewItem item) {
        ComboBox<EventDetails> event = new ComboBox<>();
        event.setPlaceholder("…or to another event");
        event.setItemLabelGenerator(e -> e.label() + " — " + e.title());
        event.setItems(q ->
                chronology
                        .slice(EventQuery.window(null, null, q.getFilter().orElse("")), q.getOffset(), q.getLimit())
                        .stream());
        event.setWidth("22em");
        Button add = new Button("Add as evidence", e -> {
            if (event.getValue() != null) {
                extraction.addAsEvidence(item.id(), event.getValue().id());
                refresh();
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        FlexLayout row = new FlexLayout(event, add);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private Div card(ReviewItem item) {
        Div card = new Div();
        card.addClassName("candidate");
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)")
                .set("width", "100%");
        card.add(new Paragraph(item.label() + " — " + item.title()));
        Paragraph quote = new Paragraph("“" + item.quote() + "”");
        quote.getStyle().set("color", "var(--lumo-secondary-text-color)");
        card.add(quote, new CandidateFacts(item));
        if (item.status() != CandidateStatus.PENDING) {
            card.add(new Span(item.status() == CandidateStatus.REJECTED ? "Rejected" : "Accepted"));
            if (item.eventId() != null) {
                card.add(new Anchor("editor/events/" + item.eventId(), " (open the event)"));
            }
            return card;
        }
        Button accept = new Button(
                "Accept",
                e -> getUI().ifPresent(ui -> ui.navigate(
                        "editor/events/new", QueryParameters.simple(Map.of("candidate", String.valueOf(item.id()))))));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button reject = new Button("Reject", e -> {
            extraction.reject(item.id());
            refresh();
        });
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        card.add(new FlexLayout(accept, reject));
        if (item.possibleDuplicate() != null) {
            Paragraph same = new Paragraph("Possibly the same as ");
            same.add(new Anchor(
                    "events/" + item.possibleDuplicate().id(),
                    item.possibleDuplicate().label() + " — "
                            + item.possibleDuplicate().title()));
            Button asEvidence = new Button("Add as evidence to that event", e -> {
                extraction.addAsEvidence(item.id(), item.possibleDuplicate().id());
                refresh();
            });
            asEvidence.addThemeVariants(ButtonVariant.LUMO_SMALL);
            card.add(same, asEvidence);
        }
        card.add(anyEvent(item));
        return card;
    }
}
