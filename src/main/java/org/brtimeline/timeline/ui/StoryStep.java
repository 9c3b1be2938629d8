package org.brtimeline.timeline.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.brtimeline.chronology.EventDetails;

/** One event as a story tells it: date, title, summary, and each quote with a link to it in its article. */
class StoryStep extends VerticalLayout {

    final Span date = new Span();
    final H2 title = new H2();
    final Paragraph summary = new Paragraph();
    final Div quotes = new Div();

    StoryStep() {
        setPadding(false);
        date.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.TextColor.SECONDARY);
        title.addClassNames(LumoUtility.Margin.Top.NONE);
        add(date, title, summary, quotes);
    }

    void show(EventDetails event) {
        date.setText(event.label());
        title.setText(event.title());
        summary.setText(event.summary() == null ? "" : event.summary());
        summary.setVisible(event.summary() != null);
        quotes.removeAll();
        event.evidence().forEach(evidence -> quotes.add(quote(evidence)));
    }

    private static Div quote(EventDetails.EvidenceDetails evidence) {
        Paragraph text = new Paragraph("“" + evidence.quote() + "”");
        text.addClassNames(LumoUtility.Margin.NONE);
        Span source = new Span(evidence.source());
        source.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Anchor read = new Anchor(evidence.readerUrl().substring(1), "Read in article");
        read.addClassName("read-in-article");
        Div box = new Div(text, source, new Div(read));
        box.addClassNames("story-quote", LumoUtility.Padding.SMALL, LumoUtility.Margin.Vertical.SMALL);
        return box;
    }
}
