package org.brtimeline.reader.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.brtimeline.chronology.EventDetails;

/** "This article's events": the published events an article supports, each linking to its permalink, and the timeline filtered to the article. */
class ArticleEvents extends Div {

    final UnorderedList events = new UnorderedList();
    final Anchor onTimeline = new Anchor("", "Show these events on the timeline");

    ArticleEvents() {
        addClassName("article-events");
        add(new H3("This article's events"), events, new Paragraph(onTimeline));
    }

    void show(String slug, List<EventDetails> supported) {
        events.removeAll();
        for (EventDetails event : supported) {
            Span date = new Span(event.label());
            date.addClassNames(LumoUtility.TextColor.SECONDARY);
            events.add(new ListItem(date, new Span(" · "), new Anchor("events/" + event.id(), event.title())));
        }
        onTimeline.setHref("timeline?" + QueryParameters.of("article", slug).getQueryString());
        setVisible(!supported.isEmpty());
    }
}
