package org.brtimeline.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 when a request failed because the database cannot be reached ({@link DatabaseOutage}) and the failure
 * got past the layers that answer it themselves (the API's handler, the pages' error view): a filter's query, the
 * security chain's account check. JSON for the API, a small plain page otherwise; one log line, no stack trace.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class DatabaseOutages extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutages.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.causedIt(e) || response.isCommitted()) {
                throw e;
            }
            log.warn(
                    "{} {}: the database cannot be reached ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    DatabaseOutage.rootMessage(e));
            answer(request, response);
        }
    }

    /** The 503 answer: JSON for the API, a plain page for the rest. */
    public static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setContentType("application/json");
            response.getWriter()
                    .write("{\"status\":503,\"error\":\"Service Unavailable\",\"parameter\":null,\"message\":\""
                            + DatabaseOutage.MESSAGE + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter()
                    .write("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Unavailable for a moment"
                            + " · Belarus–Russia timeline</title><h1>Unavailable for a moment</h1><p>"
                            + DatabaseOutage.MESSAGE + "</p></html>");
        }
    }
}
