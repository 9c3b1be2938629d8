package org.brtimeline.export;

import java.time.LocalDate;
import java.util.List;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.base.DateQualifier;
import org.brtimeline.chronology.ActorKind;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.DateBasis;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventDetails.EvidenceDetails;
import org.brtimeline.chronology.EventStatus;

/** Events as the API gives them, made by hand for the format tests. */
final class SampleEvents {

    static final String SITE = "https://timeline.example.org";

    private SampleEvents() {}

    static EventDetails event(
            long id,
            String title,
            LocalDate start,
            LocalDate end,
            DatePrecision precision,
            DateQualifier qualifier,
            String label,
            List<EvidenceDetails> evidence) {
        return new EventDetails(
                id,
                title,
                "A summary, with a comma.",
                start,
                end,
                precision.firstDayOfUnit(start),
                precision.lastDayOfUnit(end == null ? start : end),
                precision,
                qualifier,
                label,
                "the wording",
                DateBasis.STATED,
                null,
                Category.DIPLOMACY,
                EventStatus.PUBLISHED,
                List.of(new EventDetails.ActorRef(1, "Belarus", ActorKind.STATE)),
                List.of("Minsk"),
                evidence,
                0);
    }

    static EventDetails day(long id, String title, LocalDate day, EvidenceDetails... evidence) {
        return event(id, title, day, null, DatePrecision.DAY, null, day.toString(), List.of(evidence));
    }

    static EvidenceDetails evidence(long id, String quote) {
        return new EvidenceDetails(
                id,
                "an-article",
                "An article",
                "A publisher",
                LocalDate.of(2020, 9, 3),
                DatePrecision.DAY,
                quote,
                10,
                10 + quote.length(),
                0,
                "/articles/an-article?evidence=" + id);
    }
}
