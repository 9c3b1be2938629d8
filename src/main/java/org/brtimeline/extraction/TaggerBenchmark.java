package org.brtimeline.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Throughput of the tagger on one thread: tags the texts of a TimeML folder, concatenated until
 * they reach the asked size, twice to warm up and then five times, and prints the median MB/s
 * (characters counted as bytes: the news is almost all ASCII).
 */
public final class TaggerBenchmark {

    private TaggerBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/tempeval/TimeBank");
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<String> texts = new ArrayList<>();
        try (var files = java.nio.file.Files.list(folder)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".tml")).sorted().toList()) {
                texts.add(TimemlDocument.read(file).text());
            }
        }
        StringBuilder big = new StringBuilder();
        while (big.length() < megabytes * 1_000_000) {
            texts.forEach(t -> big.append(t).append("\n\n"));
        }
        String text = big.toString();
        TemporalTagger tagger = new TemporalTagger();
        java.time.LocalDate reference = java.time.LocalDate.of(1998, 1, 8);
        for (int i = 0; i < 2; i++) {
            tagger.tag(text, reference);
        }
        double[] rates = new double[5];
        int found = 0;
        for (int i = 0; i < rates.length; i++) {
            long start = System.nanoTime();
            found = tagger.tag(text, reference).size();
            rates[i] = text.length() / 1e6 / ((System.nanoTime() - start) / 1e9);
        }
        java.util.Arrays.sort(rates);
        System.out.printf(
                "%,d characters, %,d expressions; after 2 warm-up runs, 5 runs: median %.2f MB/s (min %.2f, max %.2f) "
                        + "on one thread%n",
                text.length(), found, rates[2], rates[0], rates[4]);
    }
}
