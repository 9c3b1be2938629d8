package org.brtimeline.reader.ui;

import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

/**
 * What an editor gets under an article when they select a passage of it. The editing feature
 * provides it (through a {@link Factory} bean); the reader only reports the selection, so it knows
 * nothing of editing.
 */
@NamedInterface("selection-tool")
public interface SelectionTool {

    /** The component shown under the article's text; hidden until something is selected. */
    Component component();

    /** The editor selected {@code [start, end)} of the article's text. */
    void selected(String articleSlug, String articleText, int start, int end);

    /** Makes one tool per reader page. */
    @NamedInterface("selection-tool")
    interface Factory {
        SelectionTool create();
    }
}
