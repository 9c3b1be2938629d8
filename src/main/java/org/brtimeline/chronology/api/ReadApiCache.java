package org.brtimeline.chronology.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers a repeated read of {@code GET /api/events} (a page) or {@code /api/events/{id}} with the bytes of the last
 * identical answer, while no revision was made since: no search, no database read, no JSON written. The key is the path,
 * the query and the {@code Accept} header; the version is {@link org.brtimeline.chronology.ChronologyService#lastRevision}
 * (one indexed query), which changes with every edit on any node.
 *
 * <p>The search index follows the database: at once on one node, within about a second on several nodes sharing
 * OpenSearch. An answer is therefore kept only once its revision has been the latest for {@code settle} (5 s by default),
 * so that an answer read from an index that had not yet caught up is never kept. Only successful answers are kept, up to
 * {@code maxBytes} in all (least recently used first out); answers larger than a 32nd of that are not kept.
 */
final class ReadApiCache extends OncePerRequestFilter {

    private static final Pattern CACHED_PATHS = Pattern.compile("/api/events(/[0-9]{1,18})?");

    private final LongSupplier lastRevision;
    private final Clock clock;
    private final Duration settle;
    private final long maxBytes;
    private final Answers answers = new Answers();
    private long seenRevision = -1;
    private Instant seenSince = Instant.MIN;

    ReadApiCache(LongSupplier lastRevision, Clock clock, Duration settle, long maxBytes) {
        this.lastRevision = lastRevision;
        this.clock = clock;
        this.settle = settle;
        this.maxBytes = maxBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return maxBytes <= 0
                || !"GET".equals(request.getMethod())
                || !CACHED_PATHS.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long revision = lastRevision.getAsLong();
        boolean settled = settled(revision);
        String key = request.getRequestURI()
                + '?'
                + Objects.toString(request.getQueryString(), "")
                + '\n'
                + Objects.toString(request.getHeader(HttpHeaders.ACCEPT), "");
        Answer kept = answers.get(key, revision);
        if (kept != null) {
            kept.writeTo(request, response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recorded);
        byte[] body = recorded.getContentAsByteArray();
        if (settled && recorded.getStatus() == HttpServletResponse.SC_OK && body.length <= maxBytes / 32) {
            answers.put(
                    key,
                    new Answer(
                            revision,
                            recorded.getContentType(),
                            recorded.getHeader(HttpHeaders.ETAG),
                            recorded.getHeader(HttpHeaders.CACHE_CONTROL),
                            body));
        }
        recorded.copyBodyToResponse();
    }

    /** Whether this revision has been the latest for long enough that the search index shows it. */
    private synchronized boolean settled(long revision) {
        Instant now = clock.instant();
        if (revision != seenRevision) {
            seenRevision = revision;
            seenSince = now;
            answers.clear();
        }
        return !now.isBefore(seenSince.plus(settle));
    }

    private record Answer(long revision, String contentType, String etag, String cacheControl, byte[] body) {

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

    /** The kept answers, least recently used first, within the byte budget. */
    private final class Answers {

        private final LinkedHashMap<String, Answer> byKey = new LinkedHashMap<>(256, 0.75f, true);
        private long bytes;

        synchronized Answer get(String key, long revision) {
            Answer answer = byKey.get(key);
            return answer != null && answer.revision() == revision ? answer : null;
        }

        synchronized void put(String key, Answer answer) {
            Answer replaced = byKey.put(key, answer);
            bytes += answer.body().length - (replaced == null ? 0 : replaced.body().length);
            var oldest = byKey.entrySet().iterator();
            while (bytes > maxBytes && oldest.hasNext()) {
                Map.Entry<String, Answer> out = oldest.next();
                bytes -= out.getValue().body().length;
                oldest.remove();
            }
        }

        synchronized void clear() {
            byKey.clear();
            bytes = 0;
        }
    }
}
