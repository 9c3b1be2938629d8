package org.brtimeline.chronology.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.brtimeline.chronology.RevisionCache;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers a repeated read of {@code GET /api/events} (a page) or {@code /api/events/{id}} with the bytes of the last
 * identical answer, while no revision was made since: no search, no database read, no JSON written. The key is the path,
 * the query and the {@code Accept} header; the version is {@link org.brtimeline.chronology.ChronologyService#lastRevision}
 * (one indexed query), which changes with every edit on any node. When an answer may be kept, and how many: see
 * {@link RevisionCache}. Only successful answers are kept.
 */
final class ReadApiCache extends OncePerRequestFilter {

    private static final Pattern CACHED_PATHS = Pattern.compile("/api/events(/[0-9]{1,18})?");

    private final LongSupplier lastRevision;
    private final RevisionCache<String, Answer> answers;

    ReadApiCache(LongSupplier lastRevision, RevisionCache<String, Answer> answers) {
        this.lastRevision = lastRevision;
        this.answers = answers;
    }

    /** A cache of answers for this filter: weighed by their bytes, at most {@code maxBytes} in all. */
    static RevisionCache<String, Answer> answers(java.time.Clock clock, java.time.Duration settle, long maxBytes) {
        return new RevisionCache<>(clock, settle, maxBytes, answer -> answer.body().length);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !CACHED_PATHS.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long revision = lastRevision.getAsLong();
        boolean settled = answers.settled(revision);
        String key = request.getRequestURI()
                + '?'
                + Objects.toString(request.getQueryString(), "")
                + '\n'
                + Objects.toString(request.getHeader(HttpHeaders.ACCEPT), "");
        Answer kept = answers.find(key);
        if (kept != null) {
            kept.writeTo(request, response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recorded);
        if (settled && recorded.getStatus() == HttpServletResponse.SC_OK) {
            answers.keep(
                    key,
                    revision,
                    new Answer(
                            recorded.getContentType(),
                            recorded.getHeader(HttpHeaders.ETAG),
                            recorded.getHeader(HttpHeaders.CACHE_CONTROL),
                            recorded.getContentAsByteArray()));
        }
        recorded.copyBodyToResponse();
    }

    record Answer(String contentType, String etag, String cacheControl, byte[] body) {

        void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (etag != null) {
                response.setHeader(HttpHeaders.ETAG, etag);
                String asked = request.getHeader(HttpHeaders.IF_NONE_MATCH);
                if (asked != null && (asked.contains(etag) || asked.contains(etag.replaceFirst("^W/", "")))) {
                    response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                    return;
                }
            }
            if (cacheControl != null) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
            }
            response.setContentType(contentType);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
