package org.brtimeline.export;

import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventDetails.EvidenceDetails;
import org.springframework.web.util.HtmlUtils;

/** An event's summary and quotes as a little escaped HTML, each quote with a link to its passage in the reader. */
final class EventHtml {

    private EventHtml() {}

    static String summaryAndQuotes(String site, EventDetails event) {
        StringBuilder html = new StringBuilder();
        if (event.summary() != null) {
            html.append("<p>").append(HtmlUtils.htmlEscape(event.summary())).append("</p>");
        }
        for (EvidenceDetails evidence : event.evidence()) {
            html.append("<blockquote>“")
                    .append(HtmlUtils.htmlEscape(evidence.quote()))
                    .append("”</blockquote><p>")
                    .append(HtmlUtils.htmlEscape(evidence.articleTitle() + " — " + evidence.publisher()))
                    .append(" <a href=\"")
                    .append(HtmlUtils.htmlEscape(site + evidence.readerUrl()))
                    .append("\">Read in article</a></p>");
        }
        return html.toString();
    }
}
