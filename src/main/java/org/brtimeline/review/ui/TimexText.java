package org.brtimeline.review.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.brtimeline.extraction.TemporalExpression;

/** An article's text in paragraphs with every date expression the tagger found highlighted; the value shows on hover. */
class TimexText extends Div {

    TimexText(String text, List<TemporalExpression> expressions) {
        int lineStart = 0;
        int next = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                Paragraph paragraph = new Paragraph();
                int at = lineStart;
                while (next < expressions.size() && expressions.get(next).start() < lineEnd) {
                    TemporalExpression e = expressions.get(next++);
                    if (e.start() < at) {
                        continue;
                    }
                    paragraph.add(new Text(text.substring(at, e.start())));
                    Span mark = new Span(text.substring(e.start(), Math.min(e.end(), lineEnd)));
                    mark.addClassName("timex");
                    mark.getStyle()
                            .set("background", "var(--lumo-success-color-10pct)")
                            .set("border-bottom", "2px solid var(--lumo-success-color-50pct)");
                    mark.setTitle(e.type() + " " + e.value() + (e.mod() == null ? "" : " " + e.mod()));
                    paragraph.add(mark);
                    at = Math.min(e.end(), lineEnd);
                }
                paragraph.add(new Text(text.substring(at, lineEnd)));
                add(paragraph);
            }
            lineStart = lineEnd + 1;
        }
    }
}
