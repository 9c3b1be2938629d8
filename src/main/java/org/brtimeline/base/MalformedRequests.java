package org.brtimeline.base;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Requests refused before the application sees them get the application's kind of answer: a 400 with a sentence in
 * plain words, as the API's JSON error body under {@code /api/} and as a small page elsewhere. Tomcat refuses an
 * address or headers over 8 KB, bytes that are not UTF-8 and encoded slashes or NUL characters in a path (its own
 * error page named Tomcat's status report); Spring Security's firewall refuses {@code //}, encoded dots and the like
 * (Spring Boot's error body said only "Bad Request"). Nothing is done for such a request, and it is logged once, at
 * debug level: a client's mistake is not the server's.
 */
@Component
public class MalformedRequests
        implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, RequestRejectedHandler, Ordered {

    static final String REFUSED = "This address or request is malformed and was refused; nothing was done."
            + " Addresses are at most 8 KB, in UTF-8, without control characters, encoded slashes or empty segments.";

    private static final Logger log = LoggerFactory.getLogger(MalformedRequests.class);

    @Override
    public int getOrder() {
        // After Spring Boot's own customizer, which installs Tomcat's error report valve.
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            var pipeline = context.getParent().getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            // The host adds its error report valve when it starts, of this class, unless one of exactly this class is
            // there already: naming ours keeps it from adding Tomcat's own (with its stack traces) beside it.
            ((org.apache.catalina.core.StandardHost) context.getParent())
                    .setErrorReportValveClass(Report.class.getName());
        });
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException refused)
            throws IOException {
        log.debug("Refused by the firewall: {}", refused.getMessage());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        boolean api = request.getRequestURI() != null && request.getRequestURI().startsWith("/api/");
        response.setContentType(api ? "application/json" : "text/html");
        response.getWriter().write(body(api, 400, "Bad Request"));
    }

    static String body(boolean api, int status, String reason) {
        String message = status == 400 ? REFUSED : reason;
        if (api) {
            return "{\"status\":" + status + ",\"error\":\"" + reason + "\",\"parameter\":null,\"message\":\"" + message
                    + "\"}";
        }
        return "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>" + reason
                + " · Belarus–Russia timeline</title><h1>" + reason + "</h1><p>" + message
                + "</p><p><a href=\"/timeline\">Back to the timeline</a></p></html>";
    }

    /** Tomcat's error report, in the application's words and without its status report page. */
    public static final class Report extends ErrorReportValve {

        public Report() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            var known = org.springframework.http.HttpStatus.resolve(status);
            String reason = known == null ? "Error" : known.getReasonPhrase();
            String uri = request.getRequestURI();
            boolean api = uri != null && uri.startsWith("/api/");
            try {
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setContentType(api ? "application/json" : "text/html");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body(api, status, reason));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The client is gone or the answer has begun: nothing more to say.
            }
        }
    }
}
