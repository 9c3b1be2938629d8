package org.brtimeline.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a flood of new sessions from filling the heap. Every Vaadin page costs its session a few hundred kilobytes
 * (README, "Operating"), so a request that would open a session (one without a live session, for a page rather than
 * the read API or a static file) is refused while this node has {@code app.session.max-sessions} open (503, "busy"),
 * or when its address has opened {@code app.session.new-per-address-per-minute} in the last minute (429). Requests of
 * sessions that are open, readers' and editors' alike, always pass. The refusal is a small page (JSON for a client
 * that asks for JSON) with {@code Retry-After}, written before anything else runs, so it costs no session.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SessionAdmission extends OncePerRequestFilter {

    /** What a page's session may cost when {@code app.session.max-sessions} is not set: one session per megabyte. */
    static final long HEAP_PER_SESSION = 1024 * 1024;

    static final int RETRY_AFTER_SECONDS = 60;

    /** Addresses that never open a session: the read API and its description, the feed, static files, errors. */
    private static final List<String> SESSIONLESS = List.of(
            "/api/", "/v3/api-docs", "/swagger-ui", "/feed.atom", "/VAADIN/", "/icons/", "/error", "/actuator/");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SessionCount sessions;
    private final int maxSessions;
    private final NewSessionsPerAddress perAddress;
    private final Counter refusedBusy;
    private final Counter refusedAddress;

    SessionAdmission(
            SessionCount sessions,
            @Value("${app.session.max-sessions:0}") int maxSessions,
            @Value("${app.session.new-per-address-per-minute:30}") int perAddressPerMinute,
            Clock clock,
            MeterRegistry meters) {
        this.sessions = sessions;
        this.maxSessions = maxSessions > 0
                ? maxSessions
                : defaultMaxSessions(Runtime.getRuntime().maxMemory());
        this.perAddress = new NewSessionsPerAddress(perAddressPerMinute, clock);
        this.refusedBusy = refusals(meters, "busy");
        this.refusedAddress = refusals(meters, "address");
    }

    /** One session per megabyte of the heap's maximum: 512 with {@code -Xmx512m}. */
    static int defaultMaxSessions(long maxHeapBytes) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, maxHeapBytes / HEAP_PER_SESSION));
    }

    int maxSessions() {
        return maxSessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getSession(false) != null || isSessionless(request)) {
            chain.doFilter(request, response);
        } else if (sessions.open() >= maxSessions) {
            refusedBusy.increment();
            refuse(
                    request,
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "The timeline is busy",
                    "The timeline has as many readers as it can serve right now. Please try again in a minute.");
        } else if (!perAddress.take(request.getRemoteAddr())) {
            refusedAddress.increment();
            refuse(
                    request,
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many new visits",
                    "Too many new visits came from your address in the last minute. Please try again in a minute.");
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean isSessionless(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return SESSIONLESS.stream().anyMatch(path::startsWith);
    }

    private static void refuse(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title, String message)
            throws IOException {
        response.setStatus(status.value());
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (wantsJson(request)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status.value());
            body.put("error", status.getReasonPhrase());
            body.put("parameter", null);
            body.put("message", message);
            response.setContentType("application/json");
            response.getWriter().write(JSON.writeValueAsString(body));
        } else {
            response.setHeader("Content-Security-Policy", "default-src 'none'");
            response.setContentType("text/html");
            response.getWriter()
                    .write("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                            + title + "</title></head><body><h1>" + title
                            + "</h1><p>" + message + "</p></body></html>");
        }
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }

    private static Counter refusals(MeterRegistry meters, String reason) {
        return Counter.builder("app.sessions.refused")
                .description("Requests refused because they would have opened a session too many")
                .tag("reason", reason)
                .register(meters);
    }
}
