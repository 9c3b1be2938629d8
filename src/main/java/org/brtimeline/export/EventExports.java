package org.brtimeline.export;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.brtimeline.base.InvalidValueException;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventOrder;
import org.brtimeline.chronology.EventQuery;
import org.brtimeline.source.ArticleService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Reads the events of an export slice by slice (one read-only transaction each, so that memory stays flat however
 * many events match), oldest first, and the articles their evidence quotes.
 */
@Service
public class EventExports {

    /** The most events one export holds unless {@code app.export.max-events} says otherwise. */
    public static final int DEFAULT_MAX_EVENTS = 10_000;

    private static final int SLICE = ChronologyService.MAX_PAGE_SIZE;

    private final ChronologyService chronology;
    private final ArticleService articles;
    private final int maxEvents;

    EventExports(
            ChronologyService chronology,
            ArticleService articles,
            @Value("${app.export.max-events:" + DEFAULT_MAX_EVENTS + "}") int maxEvents) {
        if (maxEvents < 1) {
            throw new InvalidValueException("app.export.max-events", "must be 1 or more, not " + maxEvents);
        }
        this.chronology = chronology;
        this.articles = articles;
        this.maxEvents = maxEvents;
    }

    /** The most events one export holds; narrower filters get the rest. */
    public int maxEvents() {
        return maxEvents;
    }

    /** A step of an export that may fail writing. */
    @FunctionalInterface
    public interface EventSink {
        void accept(EventDetails event) throws IOException;
    }

    public long count(EventQuery query) {
        return chronology.count(query);
    }

    /** Hands every matching event to the sink in date order, at most {@link #maxEvents()}. */
    public void forEach(EventQuery query, EventSink sink) throws IOException {
        for (long offset = 0; offset < maxEvents; offset += SLICE) {
            List<EventDetails> slice =
                    chronology.slice(query, offset, (int) Math.min(SLICE, maxEvents - offset), EventOrder.OLDEST_FIRST);
            for (EventDetails event : slice) {
                sink.accept(event);
            }
            if (slice.size() < SLICE) {
                return;
            }
        }
    }

    /** The {@code count} matching events latest by date, newest first, with when each last changed. */
    public Latest latest(EventQuery query, int count) {
        List<EventDetails> events = chronology.slice(query, 0, count, EventOrder.NEWEST_FIRST);
        return new Latest(
                events,
                chronology.lastChanged(events.stream().map(EventDetails::id).toList()));
    }

    /** Events and when each last changed, by id. */
    public record Latest(List<EventDetails> events, Map<Long, Instant> changed) {}

    /** The text and addresses of an article, for annotations that point into it. */
    public Optional<ArticleSource> article(String slug) {
        return articles.body(slug)
                .map(body -> new ArticleSource(slug, body.article().url(), body.text()));
    }
}
