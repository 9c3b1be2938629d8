package org.brtimeline.base;

/** A number of bytes as a person reads a limit: "4 MB", "512 kB", "900 bytes". */
public final class ByteSize {

    private ByteSize() {}

    public static String of(long bytes) {
        if (bytes >= 1_000_000 && bytes % 1_000_000 == 0) {
            return bytes / 1_000_000 + " MB";
        }
        return bytes >= 1000 && bytes % 1000 == 0 ? bytes / 1000 + " kB" : bytes + " bytes";
    }
}
