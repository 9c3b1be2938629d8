package org.brtimeline.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import java.util.ArrayList;
import java.util.Arrays;
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
     * The text as components: plain text, and each place where the search finds one of the terms marked, in the
     * search index's terms (any case, with or without diacritics, any inflection: "protesting" marks "protests"). A
     * term of several words is a phrase, as in the search: its words are marked only where they come together
     * ("Sergei Lavrov", one of the spellings a search for "Lavrov" stands for, does not mark the "Sergei" of
     * "Sergei Aleinik"). Marked words separated only by spaces are one mark, so a name reads as one.
     */
    public static List<Component> marked(String text, Collection<String> terms) {
        List<Component> parts = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return parts;
        }
        List<TextAnalysis.Word> words = TextAnalysis.words(text);
        boolean[] hit = hits(words, phrases(terms));
        int at = 0;
        int markStart = -1;
        int markEnd = -1;
        for (int i = 0; i < words.size(); i++) {
            if (!hit[i]) {
                continue;
            }
            TextAnalysis.Word word = words.get(i);
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

    /** Each term as the index terms of its words, in order. */
    private static Set<List<String>> phrases(Collection<String> terms) {
        Set<List<String>> phrases = new HashSet<>();
        terms.stream()
                .filter(t -> t != null && !t.isBlank())
                .map(t -> TextAnalysis.words(t).stream()
                        .map(TextAnalysis.Word::term)
                        .toList())
                .filter(phrase -> !phrase.isEmpty())
                .forEach(phrases::add);
        return phrases;
    }

    /** Which of the words belong to an occurrence of one of the phrases. */
    private static boolean[] hits(List<TextAnalysis.Word> words, Set<List<String>> phrases) {
        boolean[] hit = new boolean[words.size()];
        for (int start = 0; start < words.size(); start++) {
            for (List<String> phrase : phrases) {
                if (occursAt(words, start, phrase)) {
                    Arrays.fill(hit, start, start + phrase.size(), true);
                }
            }
        }
        return hit;
    }

    private static boolean occursAt(List<TextAnalysis.Word> words, int start, List<String> phrase) {
        if (start + phrase.size() > words.size()) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            if (!words.get(start + i).term().equals(phrase.get(i))) {
                return false;
            }
        }
        return true;
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
