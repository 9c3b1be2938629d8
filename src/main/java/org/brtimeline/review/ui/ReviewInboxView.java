package org.brtimeline.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brtimeline.base.ui.Viewers;
import org.brtimeline.review.PendingArticle;
import org.brtimeline.review.ReviewInbox;

/**
 * The review inbox: every article with dated sentences still to review, however it was added (the form, a zip,
 * the command line), the longest waiting first; each links to its article's review.
 */
@Route("editor/review")
@PageTitle("Review · Belarus–Russia timeline")
@RolesAllowed({"EDITOR", "ADMIN"})
public class ReviewInboxView extends VerticalLayout implements BeforeEnterObserver {

    final Paragraph summary = new Paragraph();
    final Grid<PendingArticle> articles = new Grid<>();
    private final ReviewInbox inbox;

    public ReviewInboxView(ReviewInbox inbox) {
        this.inbox = inbox;
        articles.addComponentColumn(a -> new Anchor(ReviewView.pathOf(a.slug()), a.title()))
                .setHeader("Article")
                .setKey("article")
                .setFlexGrow(3);
        articles.addColumn(PendingArticle::publisher).setHeader("Publisher").setFlexGrow(1);
        articles.addColumn(PendingArticle::pending).setHeader("To review").setAutoWidth(true);
        articles.addColumn(a -> Viewers.MOMENT.format(a.since()))
                .setHeader("Waiting since")
                .setAutoWidth(true);
        // A long title wraps instead of being cut to a few words.
        articles.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        articles.setHeight("70vh");
        add(new H2("Review dated sentences"), summary, articles);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ReviewInbox.Totals totals = inbox.totals();
        // A page at a time as the editor scrolls: the session holds what was shown, however long the inbox.
        articles.setItems(query -> inbox.articles(query.getPage(), query.getPageSize()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, totals.articles()));
        articles.setVisible(totals.articles() > 0);
        summary.setText(
                totals.articles() == 0
                        ? "Nothing to review: every proposed dated sentence has been decided."
                        : totals.candidates() + " dated sentences in " + totals.articles()
                                + " articles wait for a decision, the longest waiting first.");
    }
}
