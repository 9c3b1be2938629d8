package org.brtimeline.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.PushConnection;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a graceful shutdown end in seconds while pages hold push connections open. A push connection that falls back
 * to long polling (no WebSocket through a proxy) is a request the server holds open until it has something to push,
 * and the graceful shutdown waits for every open request. Atmosphere (Vaadin's push) ends its own connections from a
 * JVM shutdown hook of its own, at the same moment as Spring's, and a page that reconnects at once gets a request
 * that nobody will ever answer. So this filter keeps the push requests that are held open, and when the application
 * stops, before the web server's graceful shutdown, it refuses new push requests (503, the page tries again
 * elsewhere or later) and completes the held ones.
 *
 * <p>It also ends every session's push connection first. Otherwise, when the sessions are destroyed as the
 * application context closes, Vaadin closes their UIs and pushes that to connections the web server has already
 * ended: with long polling, between two polls, the push library then writes to a request the server has recycled,
 * and logs the failure with a stack trace. A disconnected UI pushes nothing.
 */
@Component
class PushAtShutdown extends OncePerRequestFilter implements SmartLifecycle, VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(PushAtShutdown.class);

    private final Set<AsyncContext> held = ConcurrentHashMap.newKeySet();
    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private volatile boolean stopping;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessionStarted(init.getSession()));
        event.getSource().addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
    }

    /** A session whose UIs' push connections are ended when the application stops. */
    void sessionStarted(VaadinSession session) {
        sessions.add(session);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/push");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (stopping) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Connection", "close");
            return;
        }
        chain.doFilter(request, response);
        if (request.isAsyncStarted()) {
            AsyncContext async = request.getAsyncContext();
            async.addListener(new Forget(async));
            held.add(async);
            // Stopping began while this request was being suspended: it would be missed by stop(), and it may have
            // connected a UI's push again after stop() ended them all; left connected, that UI would push to this
            // request after it is completed and recycled, when its session is destroyed.
            if (stopping) {
                sessions.forEach(PushAtShutdown::disconnectPush);
                complete(async);
            }
        }
    }

    /** Stops before the web server's graceful shutdown (a higher phase stops earlier). */
    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE + 1;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        stopping = true;
        running = false;
        if (!sessions.isEmpty()) {
            LOG.info("Ending the push connections of {} session(s)", sessions.size());
        }
        sessions.forEach(PushAtShutdown::disconnectPush);
        if (!held.isEmpty()) {
            LOG.info("Closing {} push connection(s) held open by long polling", held.size());
        }
        held.forEach(this::complete);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Ends the push connections of the session's UIs, under the session's lock (waiting at most a second for a request
     * that holds it; the lock itself, not {@link VaadinSession#unlock()}, which would push what changed).
     */
    static void disconnectPush(VaadinSession session) {
        Lock lock = session.getLockInstance();
        try {
            if (lock == null || !lock.tryLock(1, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            for (UI ui : session.getUIs()) {
                PushConnection push = ui.getInternals().getPushConnection();
                if (push != null && push.isConnected()) {
                    push.disconnect();
                }
            }
        } catch (RuntimeException e) {
            LOG.info("Could not end a session's push connection: {}", e.toString());
        } finally {
            lock.unlock();
        }
    }

    private void complete(AsyncContext async) {
        held.remove(async);
        try {
            async.complete();
        } catch (IllegalStateException alreadyCompleted) {
            // Atmosphere answered it meanwhile.
        }
    }

    /** A held request that was answered, timed out or failed is no longer held. */
    private final class Forget implements AsyncListener {

        private final AsyncContext async;

        Forget(AsyncContext async) {
            this.async = async;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            held.remove(async);
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            held.remove(async);
        }

        @Override
        public void onError(AsyncEvent event) {
            held.remove(async);
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // A held request suspended again keeps its place.
        }
    }
}
