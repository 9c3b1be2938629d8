package org.brtimeline.security;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** The sessions open on this node (readers' and editors'), counted as the servlet container creates and ends them. */
@Component
class SessionCount implements HttpSessionListener {

    private final AtomicInteger open = new AtomicInteger();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        open.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.decrementAndGet();
    }

    int open() {
        return open.get();
    }
}
