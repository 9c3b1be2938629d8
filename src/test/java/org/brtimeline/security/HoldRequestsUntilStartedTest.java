package org.brtimeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The whole start, with the race it closes, is tested on the packaged application in PackagedApplicationIT. */
class HoldRequestsUntilStartedTest {

    private final GenericApplicationContext application = new GenericApplicationContext();
    private final GenericApplicationContext managementServer = new GenericApplicationContext();

    @Test
    void a_request_during_the_start_goes_on_once_this_context_has_started_and_not_before() throws Exception {
        HoldRequestsUntilStarted hold = new HoldRequestsUntilStarted(application, Duration.ofMinutes(1));
        MockFilterChain chain = new MockFilterChain();
        CompletableFuture<Void> request = CompletableFuture.runAsync(() -> pass(hold, chain));

        hold.started(new ContextRefreshedEvent(managementServer));
        Thread.sleep(200);
        assertThat(request).isNotDone();
        assertThat(chain.getRequest()).isNull();

        hold.started(new ContextRefreshedEvent(application));
        request.get(10, TimeUnit.SECONDS);
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void a_request_after_the_start_goes_on_at_once() throws Exception {
        HoldRequestsUntilStarted hold = new HoldRequestsUntilStarted(application, Duration.ofMinutes(1));
        hold.started(new ContextRefreshedEvent(application));
        MockFilterChain chain = new MockFilterChain();

        CompletableFuture.runAsync(() -> pass(hold, chain)).get(10, TimeUnit.SECONDS);

        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void a_request_goes_on_when_the_start_takes_longer_than_the_patience() throws Exception {
        HoldRequestsUntilStarted hold = new HoldRequestsUntilStarted(application, Duration.ofMillis(100));
        MockFilterChain chain = new MockFilterChain();

        CompletableFuture.runAsync(() -> pass(hold, chain)).get(10, TimeUnit.SECONDS);

        assertThat(chain.getRequest()).isNotNull();
    }

    private static void pass(HoldRequestsUntilStarted hold, MockFilterChain chain) {
        try {
            hold.doFilter(new MockHttpServletRequest("GET", "/timeline"), new MockHttpServletResponse(), chain);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }
}
