package org.brtimeline.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests that arrive while the application is still starting wait until it has started, instead of being answered
 * by a half-started application. Spring Boot opens the web server's port before it initialises the servlets that load
 * at startup, Vaadin's among them, and Vaadin's security asks the running Vaadin servlet which views anonymous readers
 * may see: until that servlet is up (several seconds on a first start) it counts no view as open and sent every reader
 * to the login page. The context is refreshed once the web server has started with its servlets, so the requests wait
 * for that (at most {@code app.start.hold-requests}, 2 minutes; after that they go on and a warning is logged).
 */
@Component
class HoldRequestsUntilStarted extends OncePerRequestFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(HoldRequestsUntilStarted.class);

    private final ApplicationContext context;
    private final Duration patience;
    private final CountDownLatch started = new CountDownLatch(1);

    HoldRequestsUntilStarted(ApplicationContext context, @Value("${app.start.hold-requests:2m}") Duration patience) {
        this.context = context;
        this.patience = patience;
    }

    /** This context's refresh (not the management server's, whose events reach this context too). */
    @EventListener
    void started(ContextRefreshedEvent refreshed) {
        if (refreshed.getApplicationContext() == context) {
            started.countDown();
        }
    }

    private boolean hasStarted() {
        return started.getCount() == 0;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasStarted()) {
            awaitStart(request);
        }
        chain.doFilter(request, response);
    }

    private void awaitStart(HttpServletRequest request) throws ServletException {
        try {
            if (!started.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn(
                        "The application has not started after {}: {} {} goes on without waiting longer",
                        patience,
                        request.getMethod(),
                        request.getRequestURI());
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new ServletException("stopped while waiting for the application to start", stopping);
        }
    }

    /** Before everything else, Spring Security's decisions included. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
