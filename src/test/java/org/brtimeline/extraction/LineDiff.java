package org.brtimeline.extraction;

import java.util.ArrayList;
import java.util.List;

/** A readable difference between two texts, line by line: what was expected ("-") and what came instead ("+"). */
final class LineDiff {

    private LineDiff() {}

    /**
     * The lines only in {@code expected} and only in {@code actual}, in order, each with its line
     * number in its own text; empty when the texts are equal. By longest common subsequence, so that one
     * inserted expression shows as one "+" line, not as every line after it changed.
     */
    static String between(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (j == b.size() || i < a.size() && common[i + 1][j] >= common[i][j + 1]) {
                out.add("-" + (i + 1) + ": " + a.get(i++));
            } else {
                out.add("+" + (j + 1) + ": " + b.get(j++));
            }
        }
        return String.join("\n", out);
    }
}
