package org.brtimeline.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Measured times in milliseconds and their summary: median, 95th percentile (nearest rank) and maximum. */
final class Timings {

    private final List<Double> values = new ArrayList<>();

    void add(double milliseconds) {
        values.add(milliseconds);
    }

    int count() {
        return values.size();
    }

    double percentile(double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    double median() {
        return percentile(50);
    }

    double max() {
        return percentile(100);
    }

    /** {@code p50 812 · p95 990 · max 1,020 ms (n = 20)}. */
    String summary() {
        return "p50 %s · p95 %s · max %s ms (n = %d)"
                .formatted(ms(median()), ms(percentile(95)), ms(max()), values.size());
    }

    static String ms(double milliseconds) {
        if (Double.isNaN(milliseconds)) {
            return "–";
        }
        return milliseconds >= 100
                ? String.format(Locale.ROOT, "%,.0f", milliseconds)
                : String.format(Locale.ROOT, "%.1f", milliseconds);
    }
}
