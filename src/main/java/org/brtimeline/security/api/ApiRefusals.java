package org.brtimeline.security.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.brtimeline.base.api.ApiError;
import org.springframework.http.HttpStatus;
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
        return (request, response, failure) ->
                ApiError.of(HttpStatus.UNAUTHORIZED, null, NEEDS_LOGIN).writeTo(response, json);
    }

    public static AccessDeniedHandler denied(ObjectMapper json) {
        return (request, response, denied) -> ApiError.of(
                        HttpStatus.FORBIDDEN, null, denied instanceof CsrfException ? NEEDS_CSRF_TOKEN : NEEDS_ROLE)
                .writeTo(response, json);
    }
}
