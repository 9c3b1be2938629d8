package org.brtimeline.chronology;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Answers kept while the chronology does not change: each is kept under the last revision
 * ({@link ChronologyService#lastRevision}) it was computed under, and a new revision ends them all.
 *
 * <p>The search index follows the database: at once with the embedded index, within about a second on several nodes
 * sharing OpenSearch. So an answer is kept only if it was computed once its revision had been the latest, as far as
 * this cache saw, for the settling time: an answer read from an index that had not yet caught up is never kept. The
 * kept answers weigh at most {@code budget} in all (least recently used out first); one answer at most a 32nd of it.
 */
public final class RevisionCache<K, V> {

    private final Clock clock;
    private final Duration settle;
    private final long budget;
    private final ToLongFunction<V> weight;
    private final LinkedHashMap<K, V> byKey = new LinkedHashMap<>(256, 0.75f, true);
    private long weights;
    private long revision = -1;
    private Instant since = Instant.MIN;

    public RevisionCache(Clock clock, Duration settle, long budget, ToLongFunction<V> weight) {
        this.clock = clock;
        this.settle = settle;
        this.budget = budget;
        this.weight = weight;
    }

    /** The answer kept for this key under this revision, else the computed one (kept when the revision had settled). */
    public V get(K key, long lastRevision, Supplier<V> compute) {
        boolean settled = settled(lastRevision);
        V kept = find(key);
        if (kept != null) {
            return kept;
        }
        V computed = compute.get();
        if (settled) {
            keep(key, lastRevision, computed);
        }
        return computed;
    }

    /**
     * Whether this revision has been the latest for the settling time; a revision not seen before ends every kept
     * answer. Ask before computing an answer: only an answer computed after that may be kept.
     */
    public synchronized boolean settled(long lastRevision) {
        Instant now = clock.instant();
        if (lastRevision != revision) {
            revision = lastRevision;
            since = now;
            byKey.clear();
            weights = 0;
        }
        return !now.isBefore(since.plus(settle));
    }

    /**
     * Drops every kept answer, and what was seen of the revisions: the content changed without a new revision (a
     * restore), so the next answers are kept only once the settling time has passed again.
     */
    public synchronized void clear() {
        byKey.clear();
        weights = 0;
        revision = -1;
    }

    /** The answer kept for this key under the revision last seen, or null. */
    public synchronized V find(K key) {
        return byKey.get(key);
    }

    /** Keeps the answer computed under this revision, unless a later one has been seen since or it is too heavy. */
    public synchronized void keep(K key, long computedUnder, V answer) {
        long weighs = weight.applyAsLong(answer);
        if (computedUnder != revision || weighs > budget / 32) {
            return;
        }
        V replaced = byKey.put(key, answer);
        weights += weighs - (replaced == null ? 0 : weight.applyAsLong(replaced));
        var oldest = byKey.entrySet().iterator();
        while (weights > budget && oldest.hasNext()) {
            Map.Entry<K, V> out = oldest.next();
            weights -= weight.applyAsLong(out.getValue());
            oldest.remove();
        }
    }
}
