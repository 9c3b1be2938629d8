package org.brtimeline.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A logged-in session whose account was disabled (or removed) ends at its next request, on whichever node it lives:
 * the session is invalidated and the request goes on as an anonymous one (an open editor's page then reports its
 * session expired and leads to the login; a save never reaches the server's view). One look-up of the account per
 * request of a logged-in user; readers' requests pay nothing.
 */
class EndSessionsOfDisabledAccounts extends OncePerRequestFilter {

    private final UserService users;
    private final SecurityContextHolderStrategy contexts;

    /** {@code contexts} is the application's own (Vaadin's), not the JVM-wide holder another application may have set. */
    EndSessionsOfDisabledAccounts(UserService users, SecurityContextHolderStrategy contexts) {
        this.users = users;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication instanceof UsernamePasswordAuthenticationToken
                && authentication.isAuthenticated()
                && !users.isActive(authentication.getName())) {
            contexts.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
