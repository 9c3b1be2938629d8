package org.brtimeline.chronology.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.brtimeline.base.ui.SearchHits;
import org.brtimeline.chronology.DateBasis;
import org.brtimeline.chronology.EventDetails;
import org.springframework.modulith.NamedInterface;

/**
 * Everything about one event: its date with the exact bounds it allows, where the date comes
 * from, summary, actors, category, and every piece of evidence with a link into the article.
 */
@NamedInterface("event-detail")
public class EventDetailPanel extends VerticalLayout {

    final H3 title = new H3();
    final Div body = new Div();

    private final List<EventDetailTool> tools;
    private List<String> searched = List.of();

    /** @param tools what other features add under each event (in this order) */
    public EventDetailPanel(List<EventDetailTool> tools) {
        this.tools = List.copyOf(tools);
        addClassName("event-detail");
        setPadding(false);
        add(title, body);
    }

    /** The title of the event on show. */
    public String shownTitle() {
        return title.getElement().getTextRecursively();
    }

    public void show(EventDetails event, boolean editor) {
        show(event, editor, List.of());
    }

    /** The same, with the words of a search marked in the title, the summary and the quotes. */
    public void show(EventDetails event, boolean editor, List<String> searched) {
        this.searched = searched;
        title.removeAll();
        title.add(SearchHits.marked(event.title(), searched).toArray(Component[]::new));
        body.removeAll();
        body.add(line("When", event.label() + (event.wording() == null ? "" : " (“" + event.wording() + "”)")));
        if (!event.earliest().equals(event.latest()) || event.fuzzy()) {
            body.add(line("Possible dates", event.earliest() + " – " + event.latest()));
        }
        if (event.dateBasis() != DateBasis.STATED) {
            body.add(line(
                    "Date basis",
                    event.dateBasis().code().replace('_', ' ')
                            + (event.dateNote() == null ? "" : ": " + event.dateNote())));
        }
        body.add(line("Category", event.category().label()));
        if (!event.actors().isEmpty()) {
            body.add(actors(event.actors()));
        }
        if (!event.places().isEmpty()) {
            body.add(line("Places", String.join(", ", event.places())));
        }
        if (event.summary() != null) {
            body.add(new Paragraph(SearchHits.marked(event.summary(), searched).toArray(Component[]::new)));
        }
        for (EventDetails.EvidenceDetails evidence : event.evidence()) {
            body.add(evidence(evidence));
        }
        if (editor) {
            body.add(new Anchor("editor/events/" + event.id(), "Edit this event"));
        }
        body.add(new Paragraph(new Anchor("events/" + event.id(), "Permalink")));
        tools.forEach(tool -> body.add(tool.create(event)));
    }

    private Div evidence(EventDetails.EvidenceDetails evidence) {
        Div box = new Div();
        box.addClassNames(
                "evidence-quote",
                LumoUtility.Padding.SMALL,
                LumoUtility.Margin.Vertical.SMALL,
                LumoUtility.Background.CONTRAST_5,
                LumoUtility.BorderRadius.MEDIUM);
        Paragraph quote = new Paragraph(new Text("“"));
        quote.add(SearchHits.marked(evidence.quote(), searched).toArray(Component[]::new));
        quote.add(new Text("”"));
        quote.addClassNames(LumoUtility.Margin.NONE);
        Span source = new Span(evidence.source());
        source.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Anchor read = new Anchor(readerLink(evidence), "Read in article");
        read.addClassName("read-in-article");
        box.add(quote, source, new Div(read));
        return box;
    }

    /** Each actor links to their page. */
    private static Paragraph actors(List<EventDetails.ActorRef> actors) {
        Span name = new Span("Actors: ");
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Paragraph paragraph = new Paragraph(name);
        for (int i = 0; i < actors.size(); i++) {
            if (i > 0) {
                paragraph.add(new Text(", "));
            }
            Anchor link =
                    new Anchor("actors/" + actors.get(i).id(), actors.get(i).name());
            link.addClassName("actor-link");
            paragraph.add(link);
        }
        paragraph.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
        return paragraph;
    }

    private static Paragraph line(String label, String value) {
        Span name = new Span(label + ": ");
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Paragraph paragraph = new Paragraph(name, new Span(value));
        paragraph.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
        return paragraph;
    }

    /** The quote in the reader; a search on show goes along, so that its words are marked there too. */
    private String readerLink(EventDetails.EvidenceDetails evidence) {
        String link = evidence.readerUrl().substring(1);
        if (searched.isEmpty()) {
            return link;
        }
        String q = searched.stream().map(s -> "\"" + s + "\"").collect(java.util.stream.Collectors.joining(" "));
        return link + "&q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
    }
}
