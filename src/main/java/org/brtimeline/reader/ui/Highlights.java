package org.brtimeline.reader.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.brtimeline.chronology.ArticleEvidence;

/**
 * Cuts one paragraph into segments at every evidence boundary, so that overlapping quotes of
 * different events each stay visible: a segment knows every piece of evidence that covers it.
 */
final class Highlights {

    /** {@code [start, end)} of the article's text, covered by {@code evidence} (empty for plain text). */
    record Segment(int start, int end, List<ArticleEvidence> evidence) {}

    private Highlights() {}

    static List<Segment> cut(int paragraphStart, int paragraphEnd, List<ArticleEvidence> evidence) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(paragraphStart, paragraphEnd));
        for (ArticleEvidence e : evidence) {
            if (e.startOffset() < paragraphEnd && e.endOffset() > paragraphStart) {
                cuts.add(Math.max(e.startOffset(), paragraphStart));
                cuts.add(Math.min(e.endOffset(), paragraphEnd));
            }
        }
        List<Segment> segments = new ArrayList<>();
        Integer from = null;
        for (int at : cuts) {
            if (from != null) {
                int start = from;
                List<ArticleEvidence> covering = evidence.stream()
                        .filter(e -> e.startOffset() <= start && e.endOffset() >= at)
                        .toList();
                segments.add(new Segment(start, at, covering));
            }
            from = at;
        }
        return segments;
    }
}
