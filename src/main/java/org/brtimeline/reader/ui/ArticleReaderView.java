package org.brtimeline.reader.ui;

import static org.brtimeline.chronology.ChronologyService.MAX_PAGE_SIZE;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.brtimeline.base.ui.SearchHits;
import org.brtimeline.base.ui.Viewers;
import org.brtimeline.chronology.ArticleEvidence;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventQuery;
import org.brtimeline.reader.ArticleText;
import org.brtimeline.reader.ReaderService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One article: its metadata and its text in paragraphs, with every quote that supports an event
 * highlighted, and the events it supports. {@code ?evidence=ID} marks that quote distinctly and
 * scrolls it into view. An unknown slug answers 404.
 */
@Route("articles/:slug")
@AnonymousAllowed
public class ArticleReaderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Div meta = new Div();
    final ArticleEvents supported = new ArticleEvents();
    final Div body = new Div();
    final SelectionTool selection;
    private final ReaderService reader;
    private final ChronologyService chronology;
    private String pageTitle = "Article";
    private ArticleText shown;
    private final boolean editorLoggedIn;

    public ArticleReaderView(
            ReaderService reader,
            ChronologyService chronology,
            ObjectProvider<SelectionTool.Factory> tools,
            AuthenticationContext authentication) {
        this.reader = reader;
        this.chronology = chronology;
        body.addClassName("article-text");
        body.getStyle().set("max-width", "42em").set("line-height", "1.6");
        meta.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(title, meta, supported, body);
        editorLoggedIn = Viewers.isEditor(authentication);
        SelectionTool.Factory factory = editorLoggedIn ? tools.getIfAvailable() : null;
        selection = factory == null ? null : factory.create();
        if (selection != null) {
            add(selection.component());
            SelectionCapture.install(body, this::selected);
        }
    }

    /** An editor selected {@code [start, end)} of the article's text. */
    void selected(int start, int end) {
        if (selection != null
                && shown != null
                && start >= 0
                && end <= shown.text().length()
                && start < end) {
            selection.selected(shown.slug(), shown.text(), start, end);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Long focus = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("evidence")
                .flatMap(ArticleReaderView::number)
                .orElse(null);
        // A search carried from the list or the detail ("Read in article"): its words are marked in the text.
        List<String> searched = chronology.searchedSpellings(
                event.getLocation().getQueryParameters().getSingleParameter("q").orElse(null));
        reader.article(slug)
                .ifPresentOrElse(
                        article -> show(article, focus, searched), () -> event.rerouteToError(NotFoundException.class));
    }

    private void show(ArticleText article, Long focus, List<String> searched) {
        shown = article;
        pageTitle = article.title() + " · Belarus–Russia timeline";
        title.setText(article.title());
        meta.removeAll();
        meta.add(new Span(article.publisher() + " · " + article.publishedLabel()));
        if (article.publishedNote() != null) {
            meta.add(new Paragraph("Date: " + article.publishedNote()));
        }
        if (article.url() != null) {
            meta.add(new Paragraph(new Anchor(article.url(), "Original article", AnchorTarget.BLANK)));
        }
        if (editorLoggedIn) {
            meta.add(new Paragraph(
                    new Anchor("editor/review/" + article.slug(), "Review the dated sentences of this article")));
        }
        supported.show(article.slug(), chronology.slice(EventQuery.ofArticle(article.slug()), 0, MAX_PAGE_SIZE));
        List<ArticleEvidence> evidence = chronology.evidenceInArticle(article.slug());
        body.removeAll();
        Span focused = null;
        for (ArticleText.PassageRange passage : article.passages()) {
            Paragraph paragraph = new Paragraph();
            paragraph.getElement().setAttribute("data-start", String.valueOf(passage.startOffset()));
            for (Highlights.Segment segment : Highlights.cut(passage.startOffset(), passage.endOffset(), evidence)) {
                String text = article.text().substring(segment.start(), segment.end());
                if (segment.evidence().isEmpty()) {
                    paragraph.add(SearchHits.marked(text, searched).toArray(Component[]::new));
                } else {
                    EvidenceMark mark = new EvidenceMark(text, segment.evidence(), focus, searched);
                    paragraph.add(mark);
                    if (focused == null && mark.isFocused()) {
                        focused = mark;
                    }
                }
            }
            body.add(paragraph);
        }
        if (focused != null) {
            focused.getElement()
                    .executeJs("const el = this; requestAnimationFrame(() => el.scrollIntoView({block: 'center'}))");
        }
    }

    private static java.util.Optional<Long> number(String value) {
        try {
            return java.util.Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
