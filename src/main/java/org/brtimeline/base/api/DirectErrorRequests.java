package org.brtimeline.base.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} asked for by a client is no error of the server: it answers 404 (Spring Boot's error page, reached
 * without an error, reports a 500). The server's own error dispatches pass through.
 */
@Component
class DirectErrorRequests extends OncePerRequestFilter {

    private final ObjectMapper json;

    DirectErrorRequests(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getDispatcherType() != DispatcherType.REQUEST || !"/error".equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        ApiError.of(HttpStatus.NOT_FOUND, null, "There is nothing at /error").writeTo(response, json);
    }
}
