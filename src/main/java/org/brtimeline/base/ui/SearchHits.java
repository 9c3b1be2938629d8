package org.brtimeline.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.brtimeline.base.TextAnalysis;
import org.springframework.modulith.NamedInterface;

/**
 * A text with the words a reader searched for marked ({@code <mark>}), for lists, details and
 * readers. Always text nodes: what an editor typed is never read as HTML.
 */
@NamedInterface("search-hits")
public final class SearchHits {

    /** The {@code <mark>} element. */
    @Tag("mark")
    @NamedInterface("search-hits")
    public static class Mark extends HtmlContainer {
        Mark(String text) {
            setText(text);
            addClassName("search-hit");
        }
    }

    private SearchHits() {}

    /**
     * The text as components: plain text, and each word that a search for one of the terms finds marked, in the
     * search index's terms (any case, with or without diacritics, any inflection: "protesting" marks "protests").
     * Marked words separated only by spaces are one mark, so a name reads as one.
     */
    public static List<Component> marked(String text, Collection<String> terms) {
        List<Component> parts = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return parts;
        }
        Set<String> wanted = new HashSet<>();
        terms.stream()
                .filter(t -> t != null && !t.isBlank())
                .forEach(t -> TextAnalysis.words(t).forEach(w -> wanted.add(w.term())));
        int at = 0;
        int markStart = -1;
        int markEnd = -1;
        for (TextAnalysis.Word word : TextAnalysis.words(text)) {
            if (!wanted.contains(word.term())) {
                continue;
            }
            if (markStart >= 0 && text.substring(markEnd, word.start()).isBlank()) {
                markEnd = word.end();
                continue;
            }
            if (markStart >= 0) {
                at = addMark(parts, text, at, markStart, markEnd);
            }
            markStart = word.start();
            markEnd = word.end();
        }
        if (markStart >= 0) {
            at = addMark(parts, text, at, markStart, markEnd);
        }
        if (at < text.length()) {
            parts.add(new Text(text.substring(at)));
        }
        return parts;
    }

    /** Adds the plain text from {@code at} and the mark of {@code [start, end)}; gives where the text goes on. */
    private static int addMark(List<Component> parts, String text, int at, int start, int end) {
        if (start > at) {
            parts.add(new Text(text.substring(at, start)));
        }
        parts.add(new Mark(text.substring(start, end)));
        return end;
    }
}
