package org.brtimeline.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.review.CandidateDecisions;
import org.brtimeline.review.Review;
import org.brtimeline.review.ReviewItem;
import org.brtimeline.review.ReviewService;

/**
 * The review queue of one article: its text with every date expression highlighted, and each proposed event to decide
 * on ({@link CandidateCard}, with what the extraction suggests: {@link CandidateFacts}). Both are lists that the browser asks for a page at a time, so an article
 * of ten thousand dated sentences opens as fast as one of ten.
 */
@Route("editor/review/:slug")
@PageTitle("Review dated sentences · Belarus–Russia timeline")
@RolesAllowed({"EDITOR", "ADMIN"})
public class ReviewView extends VerticalLayout implements BeforeEnterObserver {

    final H2 heading = new H2();
    final Span progressText = new Span();
    final ProgressBar progress = new ProgressBar();
    final Paragraph nothingToReview =
            new Paragraph("No dated sentence to review: every dated sentence of this article is already evidence.");
    final TimexText text = new TimexText();
    final Grid<ReviewItem> queue = new Grid<>();
    private final ReviewService extraction;
    private String slug;
    private long total;

    /** Where an article's review is: {@code editor/review/<slug>}. */
    public static String pathOf(String slug) {
        return "editor/review/" + slug;
    }

    public ReviewView(ReviewService extraction, CandidateDecisions decisions, ChronologyService chronology) {
        this.extraction = extraction;
        setHeightFull();
        queue.addComponentColumn(item -> new CandidateCard(item, decisions, chronology, this::decided))
                .setKey("candidate");
        // a card's title and quote wrap within the column; a grid cell would clip them at its edge
        queue.addThemeVariants(
                GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        queue.setSelectionMode(Grid.SelectionMode.NONE);
        queue.getStyle().set("flex", "1 1 24em");
        text.getStyle().set("flex", "1 1 28em").set("max-width", "40em").set("line-height", "1.6");
        // Each list scrolls within its own height; only the rows on show are made.
        queue.setHeight("75vh");
        text.setHeight("75vh");
        FlexLayout columns = new FlexLayout(queue, text);
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.getStyle().set("gap", "var(--lumo-space-l)");
        columns.setWidthFull();
        columns.setMinHeight("30em");
        setFlexGrow(1, columns);
        nothingToReview.setVisible(false);
        add(heading, progressText, progress, nothingToReview, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        extraction
                .review(slug)
                .ifPresentOrElse(this::show, () -> heading.setText("There is no article '" + slug + "'"));
    }

    private void show(Review review) {
        heading.setText("Review dated sentences: " + review.title());
        total = review.total();
        showProgress(review.reviewed());
        nothingToReview.setVisible(total == 0);
        text.show(review.text(), review.expressions());
        queue.setItems(
                query -> extraction.candidates(slug, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) total);
    }

    private void decided() {
        showProgress(extraction.reviewed(slug));
        queue.getDataProvider().refreshAll();
    }

    private void showProgress(long reviewed) {
        progressText.setText(reviewed + " of " + total + " reviewed");
        progress.setValue(total == 0 ? 1 : (double) reviewed / total);
    }
}
