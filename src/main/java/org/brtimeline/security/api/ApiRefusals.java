package org.brtimeline.security.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.brtimeline.base.api.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Security's refusals under {@code /api/} in the API's own error body ({@link ApiError}), saying why: a request that
 * needs a login and has none (401), a write without a valid CSRF token, or a role that may not do it (403). Spring's
 * default answered these with its own body, without a message.
 */
public final class ApiRefusals {

    public static final String NEEDS_LOGIN = "This needs an editor's login; reading the API needs none";
    public static final String NEEDS_CSRF_TOKEN =
            "Refused: a write needs the CSRF token of an editor's session (the API's reading needs neither)";
    public static final String NEEDS_ROLE = "Refused: this account's role may not do this";

    private ApiRefusals() {}

    public static AuthenticationEntryPoint needingLogin(ObjectMapper json) {
        return (request, response, failure) -> write(json, response, HttpStatus.UNAUTHORIZED, NEEDS_LOGIN);
    }

    public static AccessDeniedHandler denied(ObjectMapper json) {
        return (request, response, denied) -> write(
                json, response, HttpStatus.FORBIDDEN, denied instanceof CsrfException ? NEEDS_CSRF_TOKEN : NEEDS_ROLE);
    }

    private static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String message)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(
                response.getOutputStream(), new ApiError(status.value(), status.getReasonPhrase(), null, message));
    }
}
