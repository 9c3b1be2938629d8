package org.brtimeline.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.brtimeline.base.DatePrecision;
import org.junit.jupiter.api.Test;

class EvidenceDetailsTest {

    private static EventDetails.EvidenceDetails publishedIn(DatePrecision precision, LocalDate published) {
        return new EventDetails.EvidenceDetails(
                1, "an-article", "Kiev worried", "RT", published, precision, "quote", 0, 5, 1, "articles/an-article");
    }

    @Test
    void the_source_names_the_article_and_a_publication_date_known_to_the_day_as_it_is() {
        assertThat(publishedIn(DatePrecision.DAY, LocalDate.of(2022, 12, 19)).source())
                .isEqualTo("Kiev worried — RT, 2022-12-19");
    }

    @Test
    void a_publication_date_known_only_to_the_week_says_so_wherever_the_source_is_shown() {
        assertThat(publishedIn(DatePrecision.WEEK, LocalDate.of(2020, 8, 24)).source())
                .isEqualTo("Kiev worried — RT, 2020-08-24 (week)");
    }
}
