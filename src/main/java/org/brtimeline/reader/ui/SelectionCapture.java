package org.brtimeline.reader.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomListenerRegistration;
import java.util.function.BiConsumer;

/**
 * Tells the server which character range of the article a reader has selected (with the mouse
 * or the keyboard). Each paragraph carries {@code data-start}, its offset in the article's text,
 * and holds exactly that text, so the offsets are the paragraph's start plus the length of the
 * text before each end of the selection.
 */
final class SelectionCapture {

    private static final String INSTALL = """
            const body = this;
            const offsetOf = (node, offset) => {
              const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
              const paragraph = el && el.closest('[data-start]');
              if (!paragraph || !body.contains(paragraph)) return null;
              const before = document.createRange();
              before.setStart(paragraph, 0);
              before.setEnd(node, offset);
              return Number(paragraph.dataset.start) + before.toString().length;
            };
            let timer = null;
            const report = () => {
              clearTimeout(timer);
              timer = setTimeout(() => {
                const selection = document.getSelection();
                if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
                const range = selection.getRangeAt(0);
                const start = offsetOf(range.startContainer, range.startOffset);
                const end = offsetOf(range.endContainer, range.endOffset);
                if (start === null || end === null || end <= start) return;
                body.dispatchEvent(new CustomEvent('text-selected', { detail: { start, end } }));
              }, 300);
            };
            document.addEventListener('selectionchange', report);
            body.$selectionCleanup = () => { clearTimeout(timer); document.removeEventListener('selectionchange', report); };
            """;

    private SelectionCapture() {}

    /** Starts listening on {@code body}; {@code onSelect} receives the start and end offsets. */
    static void install(Component body, BiConsumer<Integer, Integer> onSelect) {
        body.getElement().executeJs(INSTALL);
        DomListenerRegistration registration = body.getElement()
                .addEventListener(
                        "text-selected",
                        e -> onSelect.accept((int) e.getEventData().getNumber("event.detail.start"), (int)
                                e.getEventData().getNumber("event.detail.end")));
        registration.addEventData("event.detail.start").addEventData("event.detail.end");
        body.addDetachListener(
                e -> body.getElement().executeJs("if (this.$selectionCleanup) this.$selectionCleanup()"));
    }
}
