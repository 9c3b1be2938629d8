package org.brtimeline.chronology.api;

import java.time.Clock;
import java.time.Duration;
import org.brtimeline.base.DataReplaced;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.RevisionCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The read API's answers kept between identical requests ({@link ReadApiCache}): after Spring Security (whose CORS and
 * headers apply to every answer), before the ETag, which is kept with the answer.
 */
@Configuration
class ReadApiCaching {

    @Bean
    FilterRegistrationBean<ReadApiCache> readApiCache(
            ChronologyService chronology, KeptAnswers kept, @Value("${app.api.cache-size:64MB}") DataSize size) {
        FilterRegistrationBean<ReadApiCache> registration =
                new FilterRegistrationBean<>(new ReadApiCache(chronology::lastRevision, kept.answers));
        registration.addUrlPatterns("/api/events", "/api/events/*");
        registration.setEnabled(size.toBytes() > 0);
        registration.setOrder(0);
        return registration;
    }

    /** The kept answers, dropped when a restore replaced the events without a new revision. */
    @Component
    static class KeptAnswers {

        final RevisionCache<String, ReadApiCache.Answer> answers;

        KeptAnswers(
                Clock clock,
                @Value("${app.api.cache-size:64MB}") DataSize size,
                @Value("${app.cache.settle:5s}") Duration settle) {
            this.answers = ReadApiCache.answers(clock, settle, size.toBytes());
        }

        @EventListener(DataReplaced.class)
        @Order(DataReplaced.DROP)
        void dropAfterRestore() {
            answers.clear();
        }
    }
}
