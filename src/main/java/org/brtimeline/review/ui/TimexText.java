package org.brtimeline.review.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.brtimeline.extraction.TemporalExpression;

/**
 * An article's text, one row per paragraph, with every date expression the tagger found highlighted (the value shows
 * on hover). Only the paragraphs on show become components, so a long article costs the page no more than a short one.
 */
class TimexText extends Grid<TimexText.Line> {

    /** A paragraph: a non-blank line of the text, by its offsets. */
    record Line(int start, int end) {}

    private String text = "";
    private List<TemporalExpression> expressions = List.of();

    TimexText() {
        addComponentColumn(this::paragraph).setKey("paragraph");
        addThemeVariants(
                GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setSelectionMode(SelectionMode.NONE);
    }

    void show(String text, List<TemporalExpression> expressions) {
        this.text = text;
        this.expressions = expressions;
        List<Line> lines = new ArrayList<>();
        for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (!text.substring(start, end).isBlank()) {
                lines.add(new Line(start, end));
            }
            start = end + 1;
        }
        setItems(lines);
    }

    Paragraph paragraph(Line line) {
        Paragraph paragraph = new Paragraph();
        int at = line.start();
        for (int next = firstStartingAtOrAfter(line.start());
                next < expressions.size() && expressions.get(next).start() < line.end();
                next++) {
            TemporalExpression e = expressions.get(next);
            if (e.start() < at) {
                continue;
            }
            paragraph.add(new Text(text.substring(at, e.start())));
            Span mark = new Span(text.substring(e.start(), Math.min(e.end(), line.end())));
            mark.addClassName("timex");
            mark.getStyle()
                    .set("background", "var(--lumo-success-color-10pct)")
                    .set("border-bottom", "2px solid var(--lumo-success-color-50pct)");
            mark.setTitle(e.type() + " " + e.value() + (e.mod() == null ? "" : " " + e.mod()));
            paragraph.add(mark);
            at = Math.min(e.end(), line.end());
        }
        paragraph.add(new Text(text.substring(at, line.end())));
        return paragraph;
    }

    /** The expressions are in text order: a binary search finds a paragraph's first. */
    private int firstStartingAtOrAfter(int offset) {
        int low = 0;
        int high = expressions.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (expressions.get(middle).start() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
