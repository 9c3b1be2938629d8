package org.brtimeline.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brtimeline.export.SampleEvents.SITE;
import static org.brtimeline.export.SampleEvents.day;
import static org.brtimeline.export.SampleEvents.evidence;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AtomFeedTest {

    @Test
    void markup_in_a_title_or_a_quote_stays_text_and_each_entry_says_when_it_changed() throws Exception {
        StringWriter out = new StringWriter();
        new AtomFeed(SITE)
                .write(
                        out,
                        SITE + "/feed.atom",
                        SITE + "/chronology",
                        List.of(day(
                                7,
                                "Talks <b>& \"more\"</b>",
                                LocalDate.of(2021, 9, 9),
                                evidence(3, "a <quote> & more"))),
                        Map.of(7L, Instant.parse("2026-01-02T03:04:05.678Z")));

        SyndFeed feed = new SyndFeedInput().build(new StringReader(out.toString()));
        SyndEntry entry = feed.getEntries().get(0);

        assertThat(entry.getTitle()).isEqualTo("2021-09-09: Talks <b>& \"more\"</b>");
        assertThat(entry.getUri()).isEqualTo(SITE + "/events/7");
        assertThat(entry.getUpdatedDate()).isEqualTo(Date.from(Instant.parse("2026-01-02T03:04:05Z")));
        assertThat(feed.getPublishedDate()).isEqualTo(entry.getUpdatedDate());
        assertThat(entry.getContents().get(0).getType()).isEqualTo("html");
        assertThat(entry.getContents().get(0).getValue())
                .contains("a &lt;quote&gt; &amp; more")
                .contains("href=\"" + SITE + "/articles/an-article?evidence=3\"");
    }
}
