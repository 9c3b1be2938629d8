package org.brtimeline.extraction;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A TimeML document: the creation time from {@code <DCT><TIMEX3 value="...">}, the plain text of
 * {@code <TEXT>} with every tag removed and entities, character references and CDATA sections
 * decoded, and the gold TIMEX3 annotations as offsets into that text.
 *
 * <p>Read with the JDK's StAX parser rather than regular expressions, so that offsets stay right
 * whatever the XML spells a character as ({@code &#233;}, {@code <![CDATA[...]]>}). As in any XML
 * parser, line breaks are normalised to {@code \n}. DTDs and external entities are not processed.
 *
 * <p>Besides the TIMEX3s it keeps every TIMEX3's id, type, value and function in the document (the DCT's
 * too, under {@link #times()}), the EVENTs with their offsets, the MAKEINSTANCEs (event instance id to event
 * id) and the TLINKs between an event instance and a time, so that events dated by the annotators can be
 * measured against the candidates ({@code CandidateCoverage}).
 */
public record TimemlDocument(
        String name,
        LocalDate creationTime,
        String text,
        List<Gold> timexes,
        Map<String, Time> times,
        List<Event> events,
        Map<String, String> instances,
        List<TimeLink> timeLinks) {

    /** A gold annotation. */
    public record Gold(int start, int end, String text, String type, String value) {}

    /** A TIMEX3 by its id: the DCT's has {@code creationTime} true (functionInDocument CREATION_TIME or inside DCT). */
    public record Time(String id, String type, String value, boolean creationTime) {}

    /** A gold EVENT with its offsets into the text. */
    public record Event(String id, String eventClass, int start, int end, String text) {}

    /**
     * A TLINK between an event instance and a time, as written: {@code eventFirst} when the event instance is the
     * link's subject ({@code eventInstanceID ... relatedToTime}), false when the time is ({@code timeID ...
     * relatedToEventInstance}).
     */
    public record TimeLink(String relType, String eventInstance, String time, boolean eventFirst) {}

    public TimemlDocument(String name, LocalDate creationTime, String text, List<Gold> timexes) {
        this(name, creationTime, text, timexes, Map.of(), List.of(), Map.of(), List.of());
    }

    private static final Pattern DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    public static TimemlDocument read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    public static TimemlDocument parse(String name, String xml) {
        try {
            XMLStreamReader reader = factory().createXMLStreamReader(new StringReader(xml));
            try {
                return read(name, reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(name + ": not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The JDK's own parser (not whichever StAX implementation the class path brings), without DTDs or external entities. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    private static TimemlDocument read(String name, XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        List<Gold> timexes = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        Map<String, Time> times = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        Deque<Open> openEvents = new ArrayDeque<>();
        Map<String, String> instances = new LinkedHashMap<>();
        List<TimeLink> timeLinks = new ArrayList<>();
        String dct = null;
        boolean inDct = false;
        boolean inText = false;
        boolean sawText = false;
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String element = reader.getLocalName();
                    if (element.equals("TIMEX3") && reader.getAttributeValue(null, "tid") != null) {
                        String tid = reader.getAttributeValue(null, "tid");
                        times.putIfAbsent(
                                tid,
                                new Time(
                                        tid,
                                        reader.getAttributeValue(null, "type"),
                                        reader.getAttributeValue(null, "value"),
                                        inDct
                                                || "CREATION_TIME"
                                                        .equals(reader.getAttributeValue(null, "functionInDocument"))));
                    }
                    if (element.equals("EVENT") && inText) {
                        openEvents.push(new Open(
                                text.length(),
                                reader.getAttributeValue(null, "eid"),
                                reader.getAttributeValue(null, "class")));
                    } else if (element.equals("MAKEINSTANCE")
                            && reader.getAttributeValue(null, "eiid") != null
                            && reader.getAttributeValue(null, "eventID") != null) {
                        instances.put(
                                reader.getAttributeValue(null, "eiid"), reader.getAttributeValue(null, "eventID"));
                    } else if (element.equals("TLINK")) {
                        String relType = reader.getAttributeValue(null, "relType");
                        String instance = reader.getAttributeValue(null, "eventInstanceID");
                        String time = reader.getAttributeValue(null, "relatedToTime");
                        String timeFirst = reader.getAttributeValue(null, "timeID");
                        String instanceSecond = reader.getAttributeValue(null, "relatedToEventInstance");
                        if (instance != null && time != null) {
                            timeLinks.add(new TimeLink(relType, instance, time, true));
                        } else if (timeFirst != null && instanceSecond != null) {
                            timeLinks.add(new TimeLink(relType, instanceSecond, timeFirst, false));
                        }
                    }
                    if (element.equals("TEXT") && !sawText) {
                        inText = true;
                        sawText = true;
                    } else if (element.equals("DCT")) {
                        inDct = true;
                    } else if (element.equals("TIMEX3") && inText) {
                        open.push(new Open(
                                text.length(),
                                reader.getAttributeValue(null, "type"),
                                reader.getAttributeValue(null, "value")));
                    } else if (element.equals("TIMEX3") && inDct && dct == null) {
                        dct = reader.getAttributeValue(null, "value");
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    String element = reader.getLocalName();
                    if (element.equals("EVENT") && inText && !openEvents.isEmpty()) {
                        Open event = openEvents.pop();
                        events.add(new Event(
                                event.type(),
                                event.value(),
                                event.start(),
                                text.length(),
                                text.substring(event.start())));
                    }
                    if (element.equals("TEXT")) {
                        inText = false;
                    } else if (element.equals("DCT")) {
                        inDct = false;
                    } else if (element.equals("TIMEX3") && inText && !open.isEmpty()) {
                        Open timex = open.pop();
                        timexes.add(new Gold(
                                timex.start(),
                                text.length(),
                                text.substring(timex.start()),
                                timex.type(),
                                timex.value()));
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inText) {
                        text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    }
                }
                default -> {
                    // comments, processing instructions: not part of the text
                }
            }
        }
        Matcher day = DAY.matcher(dct == null ? "" : dct);
        if (!day.find()) {
            throw new IllegalArgumentException(name + ": no <DCT> with a TIMEX3 value");
        }
        if (!sawText) {
            throw new IllegalArgumentException(name + ": no <TEXT> element");
        }
        return new TimemlDocument(
                name,
                LocalDate.parse(day.group(1)),
                text.toString(),
                timexes,
                Map.copyOf(times),
                List.copyOf(events),
                Map.copyOf(instances),
                List.copyOf(timeLinks));
    }

    /** A TIMEX3 (start, type, value) or an EVENT (start, eid, class) of the text whose end tag is still to come. */
    private record Open(int start, String type, String value) {}
}
