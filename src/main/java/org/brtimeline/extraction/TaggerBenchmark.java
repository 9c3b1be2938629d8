package org.brtimeline.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Throughput of the tagger on one thread: tags the texts of a TimeML folder, concatenated until
 * they reach the asked size, after a warm-up, and prints MB/s (characters as bytes of mostly-ASCII news).
 */
public final class TaggerBenchmark {

    private TaggerBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/tempeval/TimeBank");
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<String> texts = new ArrayList<>();
        try (var files = java.nio.file.Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tml")).sorted().toList()) {
                texts.add(TimemlDocument.read(file).text());
            }
        }
        StringBuilder big = new StringBuilder();
        while (big.length() < megabytes * 1_000_000) {
            texts.forEach(t -> big.append(t).append("\n\n"));
        }
        String text = big.toString();
        TemporalTagger tagger = new TemporalTagger();
        for (int i = 0; i < 3; i++) {
            tagger.tag(text.substring(0, Math.min(text.length(), 2_000_000)), java.time.LocalDate.of(1998, 1, 8));
        }
        long start = System.nanoTime();
        int found = tagger.tag(text, java.time.LocalDate.of(1998, 1, 8)).size();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%,d characters, %,d expressions, %.2f s, %.2f MB/s on one thread%n", text.length(), found, seconds,
                text.length() / 1e6 / seconds);
    }
}
