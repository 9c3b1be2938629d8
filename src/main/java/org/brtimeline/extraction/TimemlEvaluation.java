package org.brtimeline.extraction;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Runs the tagger on TimeML files (the creation time from {@code <DCT>} as reference) and scores it
 * the way TempEval-3 does, overall and per gold type, with the misses for study.
 */
public final class TimemlEvaluation {

    /** The scores, with every miss (false negatives, false positives, extents that only overlap, wrong values) and the exceptions the rules threw. */
    public record Report(
            int documents,
            long characters,
            double seconds,
            TimexScore overall,
            Map<String, TimexScore> byType,
            List<String> misses,
            List<RuleExceptionCount> ruleExceptions) {

        public long ruleExceptionTotal() {
            return ruleExceptions.stream().mapToLong(RuleExceptionCount::count).sum();
        }
    }

    /**
     * Which documents of a folder to read: all of them, or one half of a split by document (the
     * folder's {@code .tml} files sorted by name; part a = positions 0, 2, 4 …, part b = 1, 3, 5 …),
     * so that rules can be tuned on one half and the other measured as held out.
     */
    public enum Part {
        ALL,
        A,
        B;

        static Part parse(String name) {
            return switch (name) {
                case "a" -> A;
                case "b" -> B;
                case "all" -> ALL;
                default -> throw new IllegalArgumentException("--part must be a, b or all: " + name);
            };
        }

        boolean keeps(int position) {
            return this == ALL || (position % 2 == 0) == (this == A);
        }
    }

    public Report evaluate(List<Path> folders) throws IOException {
        return evaluate(folders, Part.ALL);
    }

    public Report evaluate(List<Path> folders, Part part) throws IOException {
        List<TimemlDocument> documents = new ArrayList<>();
        for (Path folder : folders) {
            for (Path file : files(folder, part)) {
                documents.add(TimemlDocument.read(file));
            }
        }
        return evaluateDocuments(documents);
    }

    /** The folder's {@code .tml} files of the given part, sorted by name. */
    public static List<Path> files(Path folder, Part part) throws IOException {
        List<Path> sorted;
        try (Stream<Path> files = Files.list(folder)) {
            sorted = files.filter(f -> f.toString().endsWith(".tml"))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                    .toList();
        }
        List<Path> kept = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (part.keeps(i)) {
                kept.add(sorted.get(i));
            }
        }
        return kept;
    }

    public Report evaluateDocuments(List<TimemlDocument> documents) {
        TemporalTagger tagger = new TemporalTagger();
        TimexScore overall = TimexScore.EMPTY;
        Map<String, TimexScore> byType = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        long characters = 0;
        long started = System.nanoTime();
        for (TimemlDocument document : documents) {
            characters += document.text().length();
            List<TemporalExpression> found = tagger.tag(document.text(), document.creationTime());
            overall = overall.plus(score(document, found, byType, misses));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Report(documents.size(), characters, seconds, overall, byType, misses, tagger.ruleExceptions());
    }

    private static TimexScore score(
            TimemlDocument document,
            List<TemporalExpression> found,
            Map<String, TimexScore> byType,
            List<String> misses) {
        int strictSystem = 0;
        int relaxedSystem = 0;
        for (TemporalExpression system : found) {
            boolean strict =
                    document.timexes().stream().anyMatch(g -> g.start() == system.start() && g.end() == system.end());
            boolean relaxed = document.timexes().stream().anyMatch(g -> overlaps(g, system));
            strictSystem += strict ? 1 : 0;
            relaxedSystem += relaxed ? 1 : 0;
            if (!relaxed) {
                misses.add(document.name() + "\tFALSE POSITIVE\t" + system.text() + "\t" + system.type() + "\t"
                        + system.value());
            }
        }
        TimexScore total = new TimexScore(0, found.size(), strictSystem, 0, relaxedSystem, 0, 0, 0, 0, 0);
        for (TimemlDocument.Gold gold : document.timexes()) {
            TemporalExpression match =
                    found.stream().filter(s -> overlaps(gold, s)).findFirst().orElse(null);
            boolean strict = match != null && match.start() == gold.start() && match.end() == gold.end();
            boolean typeOk = match != null && match.type().name().equals(gold.type());
            boolean valueOk = match != null && Objects.equals(match.value(), gold.value());
            boolean compatible = valueOk || match != null && fillsPlaceholders(gold.value(), match.value());
            TimexScore one = new TimexScore(
                    1,
                    0,
                    0,
                    strict ? 1 : 0,
                    0,
                    match == null ? 0 : 1,
                    match == null ? 0 : 1,
                    typeOk ? 1 : 0,
                    valueOk ? 1 : 0,
                    compatible ? 1 : 0);
            total = total.plus(one);
            byType.merge(String.valueOf(gold.type()), one, TimexScore::plus);
            if (match == null) {
                misses.add(document.name() + "\tMISSED\t" + gold.text() + "\t" + gold.type() + "\t" + gold.value());
            } else if (!strict) {
                misses.add(document.name() + "\tEXTENT\t" + gold.text() + " / " + match.text() + "\t" + gold.type()
                        + "\t" + gold.value() + (valueOk ? "" : " ≠ " + match.value()));
            } else if (!valueOk) {
                misses.add(document.name() + "\tWRONG VALUE\t" + gold.text() + " / " + match.text() + "\t" + gold.type()
                        + "\t" + gold.value() + " ≠ " + match.value());
            }
        }
        return total;
    }

    /**
     * Whether a value is the gold's once its unresolved placeholders are filled: the annotators wrote "last week" as
     * {@code 1989-WXX} and "1949" as {@code 1949-XX} where we resolve {@code 1989-W43} and write {@code 1949}. Each
     * {@code X} of the gold may stand for any character of ours, and a gold ending in placeholders may lack them in
     * ours; a gold without placeholders is never filled.
     */
    static boolean fillsPlaceholders(String gold, String system) {
        if (gold == null || system == null || gold.indexOf('X') < 0) {
            return false;
        }
        if (system.length() < gold.length()
                && gold.startsWith(system)
                && gold.substring(system.length()).matches("[-X]+")) {
            return true;
        }
        if (system.length() != gold.length()) {
            return false;
        }
        for (int i = 0; i < gold.length(); i++) {
            if (gold.charAt(i) != 'X' && gold.charAt(i) != system.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlaps(TimemlDocument.Gold gold, TemporalExpression system) {
        return gold.start() < system.end() && system.start() < gold.end();
    }

    public static void print(Report report, PrintStream out, boolean withMisses) {
        out.printf(
                "%d documents, %,d characters, tagged in %.2f s (%.2f MB/s)%n",
                report.documents(),
                report.characters(),
                report.seconds(),
                report.characters() / 1e6 / Math.max(report.seconds(), 1e-9));
        out.println(
                "scope     gold  system  strictP strictR strictF1  relaxP relaxR relaxF1  typeAcc valueAcc valueF1");
        row(out, "overall", report.overall(), true);
        report.byType().forEach((type, score) -> row(out, type, score, false));
        out.printf(
                "value F1 with the gold's placeholders filled (1989-W43 for 1989-WXX, 1949 for 1949-XX; not a"
                        + " TempEval-3 measure): %.2f%n",
                100 * report.overall().compatibleValueF1());
        out.printf("exceptions thrown by the rules: %d%n", report.ruleExceptionTotal());
        report.ruleExceptions().forEach(e -> out.printf("  %s: %d (first: %s)%n", e.rule(), e.count(), e.first()));
        if (withMisses) {
            out.println();
            report.misses().forEach(out::println);
        }
    }

    private static void row(PrintStream out, String scope, TimexScore s, boolean withPrecision) {
        out.printf(
                "%-8s %5d %7s  %7s %7.2f %8s  %6s %6.2f %7s  %7.2f %8.2f %7s%n",
                scope,
                s.gold(),
                withPrecision ? String.valueOf(s.system()) : "-",
                withPrecision ? pct(s.strictPrecision()) : "-",
                100 * s.strictRecall(),
                withPrecision ? pct(s.strictF1()) : "-",
                withPrecision ? pct(s.relaxedPrecision()) : "-",
                100 * s.relaxedRecall(),
                withPrecision ? pct(s.relaxedF1()) : "-",
                100 * s.typeAccuracy(),
                100 * s.valueAccuracy(),
                withPrecision ? pct(s.valueF1()) : "-");
    }

    private static String pct(double value) {
        return String.format("%.2f", 100 * value);
    }

    /** {@code evaluate-timeml [--misses] [--part=a|b] <folder>...} */
    public static int run(List<String> args, PrintStream out) throws IOException {
        boolean misses = args.contains("--misses");
        Part part = Part.ALL;
        for (String arg : args) {
            if (arg.startsWith("--part=")) {
                try {
                    part = Part.parse(arg.substring("--part=".length()));
                } catch (IllegalArgumentException e) {
                    part = null;
                }
            }
        }
        List<Path> folders =
                args.stream().filter(a -> !a.startsWith("--")).map(Path::of).toList();
        if (folders.isEmpty() || part == null) {
            out.println("usage: evaluate-timeml [--misses] [--part=a|b] <folder of .tml files>...");
            out.println("  --part=a: only the files at even positions (0, 2, 4 ...) of each folder sorted by name;"
                    + " --part=b: the odd positions");
            return 2;
        }
        print(new TimemlEvaluation().evaluate(folders, part), out, misses);
        return 0;
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(List.of(args), System.out));
    }
}
