package org.brtimeline.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Readers' sessions are short, editors' long: every session starts with {@code app.session.anonymous-timeout} (5
 * minutes; an open page's heartbeat keeps it alive, a script that never comes back costs the heap only that long) and
 * a login lengthens it to {@code server.servlet.session.timeout} (30 minutes).
 */
@Component
class SessionTimeouts implements HttpSessionListener {

    private final Duration anonymous;
    private final Duration signedIn;

    SessionTimeouts(
            @Value("${app.session.anonymous-timeout:5m}") Duration anonymous,
            @Value("${server.servlet.session.timeout:30m}") Duration signedIn) {
        this.anonymous = anonymous;
        this.signedIn = signedIn;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval((int) anonymous.toSeconds());
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null) {
                session.setMaxInactiveInterval((int) signedIn.toSeconds());
            }
        }
    }
}
