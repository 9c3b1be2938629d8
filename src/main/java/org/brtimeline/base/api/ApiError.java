package org.brtimeline.base.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The JSON body of every API error: what is wrong, and with which parameter when one is to blame. */
@Schema(
        name = "ApiError",
        description = "The body of every error reply",
        example =
                "{\"status\": 400, \"error\": \"Bad Request\", \"parameter\": \"from\", \"message\": \"from: '2020-13-01' is not a real date in the form YYYY-MM-DD\"}")
public record ApiError(
        @Schema(description = "The HTTP status", example = "400")
        int status,

        @Schema(description = "The status's reason phrase", example = "Bad Request")
        String error,

        @Schema(description = "The request parameter at fault, when one is", nullable = true, example = "from")
        String parameter,

        @Schema(description = "What is wrong, in plain words")
        String message) {

    /** The error of this status, with the status's reason phrase. */
    public static ApiError of(HttpStatus status, String parameter, String message) {
        return new ApiError(status.value(), status.getReasonPhrase(), parameter, message);
    }

    /** Answers with this error as JSON, where no controller answers (filters, security's refusals). */
    public void writeTo(HttpServletResponse response, ObjectMapper json) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), this);
    }
}
