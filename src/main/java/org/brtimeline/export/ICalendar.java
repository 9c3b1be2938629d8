package org.brtimeline.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventDetails.EvidenceDetails;

/**
 * Events as an iCalendar file (RFC 5545): one all-day VEVENT per event known to the day (a day or a range of days
 * without a qualifier such as "about" or "before", which a calendar could not show), its end exclusive, its
 * description quoting the evidence with links to the passages. Lines end in CRLF and are folded at 75 octets.
 */
public final class ICalendar {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int LINE_OCTETS = 75;

    private final Writer out;
    private final String site;
    private final String host;
    private final String stamp;

    /**
     * @param host the domain part of the events' UIDs
     * @param now when the file is made; its day is every event's DTSTAMP, so that the file stays the same all day
     */
    public ICalendar(Writer out, String site, String host, Instant now) {
        this.out = out;
        this.site = site;
        this.host = host;
        this.stamp = STAMP.format(now.truncatedTo(ChronoUnit.DAYS));
    }

    /** Whether an event is known to the day, so that it fits a calendar. */
    public static boolean fits(EventDetails event) {
        return event.precision() == DatePrecision.DAY && event.qualifier() == null;
    }

    public void begin(String name) throws IOException {
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//brtimeline//Belarus-Russia timeline//EN");
        line("CALSCALE:GREGORIAN");
        line("X-WR-CALNAME:" + escape(name));
    }

    public void write(EventDetails event) throws IOException {
        if (!fits(event)) {
            return;
        }
        LocalDate last = event.end() == null ? event.start() : event.end();
        line("BEGIN:VEVENT");
        line("UID:event-" + event.id() + "@" + host);
        line("DTSTAMP:" + stamp);
        line("DTSTART;VALUE=DATE:" + DAY.format(event.start()));
        line("DTEND;VALUE=DATE:" + DAY.format(last.plusDays(1)));
        line("SUMMARY:" + escape(event.title()));
        line("DESCRIPTION:" + escape(description(event)));
        if (event.category() != null) {
            line("CATEGORIES:" + escape(event.category().code()));
        }
        line("URL:" + site + "/events/" + event.id());
        line("END:VEVENT");
    }

    public void end() throws IOException {
        line("END:VCALENDAR");
        out.flush();
    }

    private String description(EventDetails event) {
        StringBuilder text = new StringBuilder(event.label());
        if (event.summary() != null) {
            text.append("\n\n").append(event.summary());
        }
        for (EvidenceDetails evidence : event.evidence()) {
            text.append("\n\n“")
                    .append(evidence.quote())
                    .append("”\n— ")
                    .append(evidence.articleTitle())
                    .append(", ")
                    .append(evidence.publisher())
                    .append("\n")
                    .append(site)
                    .append(evidence.readerUrl());
        }
        return text.toString();
    }

    /** A TEXT value: backslashes, semicolons, commas and line breaks escaped. */
    static String escape(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Writes one content line, folded so that no physical line exceeds 75 octets and no character is split. */
    private void line(String content) throws IOException {
        out.write(fold(content));
        out.write("\r\n");
    }

    static String fold(String content) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LINE_OCTETS) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
