package org.brtimeline.export;

import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.brtimeline.chronology.EventDetails;
import org.springframework.web.util.HtmlUtils;

/**
 * The latest events of a selection as an Atom feed (RFC 4287): one entry per event, newest by date first, its title
 * the date label and the event's title, its content the summary and the quotes with links to the passages, and its
 * {@code updated} the last time an editor changed it.
 */
public final class AtomFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    private final String site;

    public AtomFeed(String site) {
        this.site = site;
    }

    /**
     * Writes the feed.
     *
     * @param self the feed's own address, which is also its id
     * @param alternate the page that shows the same selection
     * @param changed when each event last changed, by id
     */
    public void write(Writer out, String self, String alternate, List<EventDetails> events, Map<Long, Instant> changed)
            throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        text(xml, "id", self);
        text(xml, "title", "Belarus–Russia timeline");
        text(
                xml,
                "subtitle",
                "The latest events of Belarus–Russia relations, each tied to the articles that report it");
        text(
                xml,
                "updated",
                stamp(changed.values().stream().max(Instant::compareTo).orElse(Instant.EPOCH)));
        link(xml, "self", "application/atom+xml", self);
        link(xml, "alternate", "text/html", alternate);
        xml.writeStartElement("author");
        text(xml, "name", "Belarus–Russia timeline");
        text(xml, "uri", site + "/");
        xml.writeEndElement();
        for (EventDetails event : events) {
            entry(xml, event, changed.getOrDefault(event.id(), Instant.EPOCH));
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private void entry(XMLStreamWriter xml, EventDetails event, Instant updated) throws XMLStreamException {
        String page = site + "/events/" + event.id();
        xml.writeStartElement("entry");
        text(xml, "id", page);
        text(xml, "title", event.label() + ": " + event.title());
        text(xml, "updated", stamp(updated));
        link(xml, "alternate", "text/html", page);
        if (event.category() != null) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", event.category().code());
        }
        if (event.summary() != null) {
            text(xml, "summary", event.summary());
        }
        xml.writeStartElement("content");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(content(event));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private String content(EventDetails event) {
        return "<p>" + HtmlUtils.htmlEscape(event.label()) + "</p>" + EventHtml.summaryAndQuotes(site, event);
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    /** An RFC 3339 timestamp in UTC, to the second. */
    private static String stamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
