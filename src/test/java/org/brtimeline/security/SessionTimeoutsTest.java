package org.brtimeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSessionEvent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Readers' sessions end soon after their last request; a login makes the session an editor's, which lasts. */
class SessionTimeoutsTest {

    private final SessionTimeouts timeouts = new SessionTimeouts(Duration.ofMinutes(5), Duration.ofMinutes(30));

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void a_new_session_is_a_readers_and_lasts_five_minutes() {
        MockHttpSession session = new MockHttpSession();

        timeouts.sessionCreated(new HttpSessionEvent(session));

        assertThat(session.getMaxInactiveInterval()).isEqualTo(300);
    }

    @Test
    void a_login_makes_it_last_thirty_minutes() {
        MockHttpSession session = new MockHttpSession();
        timeouts.sessionCreated(new HttpSessionEvent(session));
        MockHttpServletRequest login = new MockHttpServletRequest("POST", "/login");
        login.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(login));

        timeouts.signedIn(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated(
                "editor", "n/a", List.of(new SimpleGrantedAuthority("ROLE_EDITOR")))));

        assertThat(session.getMaxInactiveInterval()).isEqualTo(1800);
    }
}
