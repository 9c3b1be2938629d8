package org.brtimeline.corpus;

/**
 * Limits against abuse of a batch import (a zip bomb, a folder of huge files): how many entries, how many bytes
 * once unpacked in all and per entry. Set with {@code app.import.max-entries}, {@code app.import.max-total-bytes}
 * and {@code app.import.max-entry-bytes}.
 */
public record ImportLimits(int maxEntries, long maxTotalBytes, int maxEntryBytes) {

    public ImportLimits {
        if (maxEntries < 1 || maxTotalBytes < 1 || maxEntryBytes < 1) {
            throw new IllegalArgumentException(
                    "import limits must be positive: " + maxEntries + ", " + maxTotalBytes + ", " + maxEntryBytes);
        }
    }
}
