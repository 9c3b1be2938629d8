package org.brtimeline.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.base.DateQualifier;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.DateBasis;
import org.brtimeline.chronology.EventDate;
import org.brtimeline.chronology.EventStatus;
import org.brtimeline.generate.SyntheticArticle.Range;

/**
 * Invents events one after another, with the timeline benchmark's distributions: dates between 1990 and 2025, half
 * uniform and half growing towards 2025; 70% single days, 6% ranges of 2–15 days, 7% ISO weeks, 13% months (a tenth
 * of them ranges of two or three months), 4% years; a qualifier on about one date in ten (early / mid / late on months
 * and years, about / before / after on any), the bounds computed by {@link EventDate}; 97% published, 2% drafts, 1%
 * deleted; the seven categories alike; 1–4 actors, the first of the pool far more often; 0–2 places; a summary on 60%.
 * Each event cites 1–3 articles (60%, 30%, 10%) published in the 90 days from its earliest possible day: a sentence of
 * each, or now and then its whole paragraph.
 */
final class SyntheticEvents {

    private static final int REPORTING_DAYS = 90;
    private static final DateQualifier[] ON_A_DAY = {DateQualifier.ABOUT, DateQualifier.BEFORE, DateQualifier.AFTER};

    private final Chance chance;
    private final List<String> actorNames;
    private final List<SyntheticArticle> articles;

    /** {@code articles} in publication order, as {@link SyntheticArticles} writes them. */
    SyntheticEvents(Chance chance, List<String> actorNames, List<SyntheticArticle> articles) {
        if (actorNames.isEmpty() || articles.isEmpty()) {
            throw new IllegalArgumentException("events need actors and articles to cite");
        }
        this.chance = chance;
        this.actorNames = actorNames;
        this.articles = articles;
    }

    SyntheticEvent next() {
        EventDate date = date();
        DateBasis basis = chance.pick(0.85)
                ? DateBasis.STATED
                : chance.pick(0.8) ? DateBasis.RESOLVED : DateBasis.GENERAL_KNOWLEDGE;
        List<Integer> involved = actors();
        String where = chance.below(Vocabulary.RARE_ONE_IN) == 0
                ? Vocabulary.RARE_PLACE
                : Vocabulary.PLACES[chance.skewed(Vocabulary.PLACES.length, 2.5)];
        String title = actorNames.get(involved.get(0)) + " " + chance.oneOf(Vocabulary.VERBS) + " "
                + (involved.size() > 1 ? actorNames.get(involved.get(1)) : chance.oneOf(Vocabulary.STATES))
                + " in " + where;
        String summary = chance.pick(0.6) ? title + ". " + chance.oneOf(Vocabulary.REMARKS) : null;
        Category category = chance.oneOf(Category.values());
        EventStatus status =
                chance.pick(0.97) ? EventStatus.PUBLISHED : chance.pick(0.66) ? EventStatus.DRAFT : EventStatus.DELETED;
        int placeCount = chance.pick(0.5) ? 1 : chance.pick(0.3) ? 2 : 0;
        List<String> places = new ArrayList<>();
        for (int p = 0; p < placeCount; p++) {
            places.add(p == 0 ? where : chance.oneOf(Vocabulary.PLACES) + " region");
        }
        String note = basis == DateBasis.STATED ? null : "worked out from the article (synthetic data)";
        return new SyntheticEvent(
                title,
                summary,
                category,
                status,
                date.describedAs(date.label(), basis, note),
                involved,
                places,
                evidence(date.earliest()));
    }

    private EventDate date() {
        LocalDate day = chance.day();
        double kind = chance.fraction();
        if (kind < 0.70) {
            return EventDate.of(day, null, DatePrecision.DAY, chance.pick(0.04) ? chance.oneOf(ON_A_DAY) : null);
        }
        if (kind < 0.76) {
            return EventDate.of(day, day.plusDays(chance.between(1, 14)), DatePrecision.DAY, null);
        }
        if (kind < 0.83) {
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return EventDate.of(monday, null, DatePrecision.WEEK, chance.pick(0.1) ? DateQualifier.ABOUT : null);
        }
        if (kind < 0.96) {
            LocalDate first = day.withDayOfMonth(1);
            if (chance.pick(0.1)) {
                return EventDate.of(first, first.plusMonths(chance.between(1, 2)), DatePrecision.MONTH, null);
            }
            return EventDate.of(
                    first, null, DatePrecision.MONTH, chance.pick(0.35) ? chance.oneOf(DateQualifier.values()) : null);
        }
        return EventDate.of(
                day.withDayOfYear(1),
                null,
                DatePrecision.YEAR,
                chance.pick(0.45) ? chance.oneOf(DateQualifier.values()) : null);
    }

    /** 1–4 distinct actors, as indices into the pool. */
    private List<Integer> actors() {
        int wanted = Math.min(actorNames.size(), 1 + chance.skewed(4, 1.5));
        Set<Integer> chosen = new LinkedHashSet<>();
        while (chosen.size() < wanted) {
            chosen.add(chance.skewed(actorNames.size(), 3));
        }
        return List.copyOf(chosen);
    }

    /** Quotes of 1–3 distinct articles that report the event: published soon after it could have begun. */
    private List<SyntheticEvent.Quote> evidence(LocalDate earliest) {
        int wanted = chance.pick(0.6) ? 1 : chance.pick(0.75) ? 2 : 3;
        int from = firstPublishedOnOrAfter(earliest);
        int to = firstPublishedOnOrAfter(earliest.plusDays(REPORTING_DAYS));
        if (to - from < wanted) {
            // Too few articles in those days (or none after the event): the nearest ones.
            to = Math.min(articles.size(), Math.max(to, from + wanted));
            from = Math.max(0, to - wanted);
        }
        Set<Integer> cited = new LinkedHashSet<>();
        while (cited.size() < Math.min(wanted, to - from)) {
            cited.add(from + chance.below(to - from));
        }
        return cited.stream().map(this::quote).toList();
    }

    private SyntheticEvent.Quote quote(int index) {
        SyntheticArticle article = articles.get(index);
        Range sentence =
                article.sentences().get(chance.below(article.sentences().size()));
        Range quoted = chance.pick(0.2) ? article.paragraphOf(sentence) : sentence;
        return new SyntheticEvent.Quote(
                index,
                article.paragraphIndexOf(sentence),
                quoted.start(),
                quoted.end(),
                article.text().substring(quoted.start(), quoted.end()));
    }

    private int firstPublishedOnOrAfter(LocalDate day) {
        int low = 0;
        int high = articles.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (articles.get(middle).published().isBefore(day)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
