package org.brtimeline.corpus;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.brtimeline.base.DateQualifier;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.DateBasis;
import org.brtimeline.chronology.DateNotation;
import org.brtimeline.chronology.EventDate;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.ImportedEvent;
import org.brtimeline.chronology.SelectedPassage;

/**
 * Turns a curated entry into what the chronology imports: the date from its notation, the actors by
 * name or spelling, and each quote resolved to its offsets in the article's text.
 */
final class CuratedEventBuilder {

    private final Map<String, String> texts;
    private final Function<String, Optional<EventDetails.ActorRef>> actorCalled;

    /** With the stored articles' texts by slug. */
    CuratedEventBuilder(Map<String, String> texts, Function<String, Optional<EventDetails.ActorRef>> actorCalled) {
        this.texts = texts;
        this.actorCalled = actorCalled;
    }

    ImportedEvent build(CuratedEvent curated) {
        String where = "events.yaml, event '" + curated.key() + "'";
        try {
            if (curated.key() == null || curated.key().isBlank()) {
                throw new IllegalArgumentException("key: required");
            }
            if (curated.evidence() == null || curated.evidence().isEmpty()) {
                throw new IllegalArgumentException("evidence: at least one quote is required");
            }
            List<SelectedPassage> quotes =
                    curated.evidence().stream().map(this::passage).toList();
            return new ImportedEvent(
                    curated.key(),
                    curated.title(),
                    curated.summary(),
                    enumValue(Category.class, "category", curated.category()),
                    date(curated.date()),
                    actorIds(orEmpty(curated.actors())),
                    orEmpty(curated.places()),
                    quotes);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CorpusException(where + ": " + e.getMessage(), e);
        }
    }

    private static EventDate date(CuratedEvent.When when) {
        if (when == null) {
            throw new IllegalArgumentException("date: required");
        }
        DateNotation.Parsed start = DateNotation.parse(when.when());
        DateNotation.Parsed end = when.until() == null ? null : DateNotation.parse(when.until());
        if (end != null && end.precision() != start.precision()) {
            throw new IllegalArgumentException("date: 'until' must have the same precision as 'when'");
        }
        DateQualifier qualifier =
                when.qualifier() == null ? null : enumValue(DateQualifier.class, "qualifier", when.qualifier());
        DateBasis basis = when.basis() == null ? DateBasis.STATED : enumValue(DateBasis.class, "basis", when.basis());
        if (basis != DateBasis.STATED && (when.note() == null || when.note().isBlank())) {
            throw new IllegalArgumentException(
                    "date: a " + basis.name() + " date needs a note saying how it was established");
        }
        return EventDate.of(start.firstDay(), end == null ? null : end.firstDay(), start.precision(), qualifier)
                .describedAs(when.wording(), basis, when.note());
    }

    private SelectedPassage passage(CuratedEvent.Quote quote) {
        String article = texts.get(quote.article());
        if (article == null) {
            throw new IllegalArgumentException("evidence: unknown article '" + quote.article() + "'");
        }
        String text = quote.quote() == null ? "" : quote.quote();
        int at = text.isEmpty() ? -1 : article.indexOf(text);
        if (at < 0) {
            throw new IllegalArgumentException(
                    "evidence: quote not found verbatim in '" + quote.article() + "': «" + text + "»");
        }
        if (article.indexOf(text, at + 1) >= 0) {
            throw new IllegalArgumentException("evidence: quote occurs more than once in '" + quote.article()
                    + "'; quote more of the sentence: «" + text + "»");
        }
        return new SelectedPassage(quote.article(), at, at + text.length());
    }

    private Set<Long> actorIds(List<String> names) {
        Set<Long> found = new LinkedHashSet<>();
        for (String name : names) {
            found.add(actorCalled
                    .apply(name)
                    .orElseThrow(() ->
                            new IllegalArgumentException("actors: unknown actor '" + name + "' (see actors.yaml)"))
                    .id());
        }
        return found;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, String.valueOf(value).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    field + ": '" + value + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
