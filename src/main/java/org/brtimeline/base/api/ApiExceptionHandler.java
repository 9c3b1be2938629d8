package org.brtimeline.base.api;

import java.util.regex.Pattern;
import org.apache.catalina.connector.ClientAbortException;
import org.brtimeline.base.InvalidValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every API failure becomes a small JSON body; no stack trace ever reaches a client. */
@RestControllerAdvice(basePackages = "org.brtimeline")
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");

    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<ApiError> badParameter(BadParameterException e) {
        return reply(HttpStatus.BAD_REQUEST, e.parameter(), e.getMessage());
    }

    /** A rule of the domain refused a value: 400, naming the field as the parameter. */
    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<ApiError> invalidValue(InvalidValueException e) {
        return reply(HttpStatus.BAD_REQUEST, e.field(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        boolean numeric =
                type != null && (Number.class.isAssignableFrom(type) || type == int.class || type == long.class);
        String value = String.valueOf(e.getValue());
        String problem = !numeric
                ? "is not a valid value"
                : WHOLE_NUMBER.matcher(value).matches() ? outOfRange(type, value) : "is not a whole number";
        return reply(HttpStatus.BAD_REQUEST, e.getName(), e.getName() + ": '" + value + "' " + problem);
    }

    /** A whole number too large (or too small) for the parameter: says the bound it went past. */
    private static String outOfRange(Class<?> type, String value) {
        boolean small = type == int.class || type == Integer.class;
        boolean negative = value.startsWith("-");
        long bound =
                negative ? (small ? Integer.MIN_VALUE : Long.MIN_VALUE) : (small ? Integer.MAX_VALUE : Long.MAX_VALUE);
        return "is out of range (" + (negative ? "at least " : "at most ") + bound + ")";
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return reply(HttpStatus.BAD_REQUEST, e.getParameterName(), e.getParameterName() + ": required");
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return reply(HttpStatus.NOT_FOUND, null, e.getMessage());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return reply(HttpStatus.METHOD_NOT_ALLOWED, null, e.getMethod() + " is not supported here");
    }

    /** The client accepts nothing the API writes (or sent an Accept header that is no media type): 406. */
    @ExceptionHandler({HttpMediaTypeNotAcceptableException.class, InvalidMediaTypeException.class})
    ResponseEntity<ApiError> notAcceptable(Exception e) {
        return reply(HttpStatus.NOT_ACCEPTABLE, null, "The API answers in JSON only (Accept: application/json)");
    }

    /** The client went away before the answer was written: nothing to answer, nothing to report. */
    @ExceptionHandler({AsyncRequestNotUsableException.class, ClientAbortException.class})
    void clientGone(Exception e) {
        log.debug("Client went away: {}", e.toString());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (org.brtimeline.base.DatabaseOutage.causedIt(e)) {
            log.warn("The database cannot be reached ({})", org.brtimeline.base.DatabaseOutage.rootMessage(e));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", String.valueOf(org.brtimeline.base.DatabaseOutage.RETRY_AFTER_SECONDS))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(ApiError.of(
                            HttpStatus.SERVICE_UNAVAILABLE, null, org.brtimeline.base.DatabaseOutage.MESSAGE));
        }
        log.error("Unexpected API failure", e);
        return reply(HttpStatus.INTERNAL_SERVER_ERROR, null, "Something went wrong on our side; it has been logged.");
    }

    /**
     * The error as JSON whatever the request's Accept header says: an error answer is not negotiated (a client that
     * asked for HTML about an unknown id gets its 404, not a failure to write the 404 as HTML).
     */
    static ResponseEntity<ApiError> reply(HttpStatus status, String parameter, String message) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of(status, parameter, message));
    }
}
