package org.brtimeline.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

    /** The text as components: plain text, and each occurrence of a term (any case) marked. */
    public static List<Component> marked(String text, Collection<String> terms) {
        List<Component> parts = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return parts;
        }
        List<String> needles = terms.stream()
                .filter(t -> t != null && !t.isBlank())
                .map(t -> t.toLowerCase(Locale.ROOT))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        String lower = text.toLowerCase(Locale.ROOT);
        int at = 0;
        while (at < text.length()) {
            int next = -1;
            String found = null;
            for (String needle : needles) {
                int i = lower.indexOf(needle, at);
                if (i >= 0 && (next < 0 || i < next)) {
                    next = i;
                    found = needle;
                }
            }
            if (found == null || lower.length() != text.length()) {
                parts.add(new Text(text.substring(at)));
                break;
            }
            if (next > at) {
                parts.add(new Text(text.substring(at, next)));
            }
            parts.add(new Mark(text.substring(next, next + found.length())));
            at = next + found.length();
        }
        return parts;
    }
}
