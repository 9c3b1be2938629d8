package org.brtimeline.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brtimeline.export.SampleEvents.SITE;
import static org.brtimeline.export.SampleEvents.day;
import static org.brtimeline.export.SampleEvents.event;
import static org.brtimeline.export.SampleEvents.evidence;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.base.DateQualifier;
import org.brtimeline.chronology.EventDetails;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    private static final String LONG_TITLE = "Лукашэнка і Пуцін сустракаюцца ў Сочы, каб абмеркаваць «дарожныя карты»"
            + " саюзнай дзяржавы; a long title in two scripts";

    private static String ics(EventDetails... events) throws Exception {
        StringWriter out = new StringWriter();
        ICalendar calendar = new ICalendar(out, SITE, "timeline.example.org", Instant.parse("2026-11-30T12:34:56Z"));
        calendar.begin("Belarus–Russia timeline");
        for (EventDetails event : events) {
            calendar.write(event);
        }
        calendar.end();
        return out.toString();
    }

    private static List<VEvent> parsed(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        return calendar.getComponents(Component.VEVENT).stream()
                .map(VEvent.class::cast)
                .toList();
    }

    @Test
    void a_day_becomes_an_all_day_event_that_ends_the_next_day() throws Exception {
        List<VEvent> events = parsed(ics(day(7, "Election", LocalDate.of(2020, 8, 9), evidence(3, "On August 9"))));

        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(event.getUid().getValue()).isEqualTo("event-7@timeline.example.org");
        assertThat(event.getStartDate().getValue()).isEqualTo("20200809");
        assertThat(event.getStartDate().getParameter("VALUE").getValue()).isEqualTo("DATE");
        assertThat(event.getEndDate().getValue()).isEqualTo("20200810");
        assertThat(event.getSummary().getValue()).isEqualTo("Election");
        assertThat(event.getDescription().getValue())
                .contains("“On August 9”")
                .contains(SITE + "/articles/an-article?evidence=3");
    }

    @Test
    void a_range_of_days_ends_the_day_after_its_last_day() throws Exception {
        EventDetails visit = event(
                1,
                "Visit",
                LocalDate.of(2023, 4, 26),
                LocalDate.of(2023, 4, 28),
                DatePrecision.DAY,
                null,
                "26–28 April 2023",
                List.of(evidence(1, "From April 26th to 28th")));

        VEvent event = parsed(ics(visit)).get(0);

        assertThat(event.getStartDate().getValue()).isEqualTo("20230426");
        assertThat(event.getEndDate().getValue()).isEqualTo("20230429");
    }

    @Test
    void only_events_known_to_the_day_are_in_the_calendar() throws Exception {
        EventDetails month =
                event(1, "Month", LocalDate.of(2020, 8, 1), null, DatePrecision.MONTH, null, "August 2020", List.of());
        EventDetails about = event(
                2,
                "About",
                LocalDate.of(2020, 8, 9),
                null,
                DatePrecision.DAY,
                DateQualifier.ABOUT,
                "about 9 August 2020",
                List.of());
        EventDetails day = day(3, "Day", LocalDate.of(2020, 8, 9));

        assertThat(parsed(ics(month, about, day)))
                .extracting(e -> e.getSummary().getValue())
                .containsExactly("Day");
    }

    @Test
    void long_lines_are_folded_at_75_octets_without_splitting_a_character_and_text_survives() throws Exception {
        String ics = ics(day(1, LONG_TITLE, LocalDate.of(2020, 8, 9), evidence(1, "a; b, c\\d")));

        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
        assertThat(Arrays.stream(ics.split("\r\n")))
                .allSatisfy(line ->
                        assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        VEvent event = parsed(ics).get(0);
        assertThat(event.getSummary().getValue()).isEqualTo(LONG_TITLE);
        assertThat(event.getDescription().getValue()).contains("“a; b, c\\d”");
    }
}
