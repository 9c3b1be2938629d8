package org.brtimeline.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The session of a page in another site's frame. The session cookie is {@code SameSite=Lax}, which a browser neither
 * stores nor sends inside a frame of another site, so the embedded page (a Vaadin view, which needs its session for
 * every request after the first) could not work. An embed page's new session is therefore also sent as a cookie that
 * a frame may use: {@code SameSite=None; Secure} (HTTPS, or localhost), and {@code Partitioned}, so that the browser
 * keeps it apart for each site that frames it and it never replaces the cookie of someone signed in here.
 */
class EmbeddedSessionCookie extends OncePerRequestFilter {

    static final String EMBED_PAGES = "/embed/**";

    private final RequestMatcher embedPages =
            PathPatternRequestMatcher.withDefaults().matcher(EMBED_PAGES);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !embedPages.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession();
        if (session.isNew()) {
            String name = request.getServletContext().getSessionCookieConfig().getName();
            String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
            response.addHeader(
                    HttpHeaders.SET_COOKIE,
                    (name == null ? "JSESSIONID" : name) + "=" + session.getId() + "; Path=" + path
                            + "; Secure; HttpOnly; SameSite=None; Partitioned");
        }
        chain.doFilter(request, response);
    }
}
