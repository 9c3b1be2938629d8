package org.brtimeline.generate;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * A progress bar such as {@code [###############...............] 512,000 / 1,000,000 events  41 s}:
 * redrawn in place on a terminal (at most five times a second), one line per tenth otherwise, so
 * that a log file stays short.
 */
final class ProgressBar implements SyntheticChronology.Progress {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream out;
    private final boolean inPlace;
    private final LongSupplier nanoTime;
    private String unit;
    private long started;
    private long drawnAt;
    private long tenthShown;

    ProgressBar(PrintStream out, boolean inPlace, LongSupplier nanoTime) {
        this.out = out;
        this.inPlace = inPlace;
        this.nanoTime = nanoTime;
    }

    @Override
    public void advanced(String unit, long done, long total) {
        long now = nanoTime.getAsLong();
        if (!unit.equals(this.unit)) {
            this.unit = unit;
            started = now;
            drawnAt = now - REDRAW_NANOS;
            tenthShown = -1;
        }
        boolean finished = done >= total;
        if (inPlace) {
            if (finished || now - drawnAt >= REDRAW_NANOS) {
                out.print("\r" + line(done, total, now) + (finished ? System.lineSeparator() : ""));
                out.flush();
                drawnAt = now;
            }
        } else {
            long tenth = done * 10 / total;
            if (tenth > tenthShown) {
                out.println(line(done, total, now));
                tenthShown = tenth;
            }
        }
    }

    private String line(long done, long total, long now) {
        int filled = (int) (done * WIDTH / total);
        return String.format(
                "[%s%s] %,d / %,d %s  %d s",
                "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, unit, (now - started) / 1_000_000_000L);
    }
}
