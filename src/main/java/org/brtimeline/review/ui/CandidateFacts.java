package org.brtimeline.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.review.ReviewItem;

/**
 * What the extraction suggests for a candidate, under its quote: how the date was reached, the category,
 * the actors it knows and the new names it proposes, the places, and the other articles' quotes of the
 * same event with the score and reason of the match.
 */
class CandidateFacts extends Div {

    CandidateFacts(ReviewItem item) {
        addClassName("candidate-facts");
        getStyle().set("font-size", "var(--lumo-font-size-s)");
        if (item.origin() != null) {
            add(fact("date", item.label() + " (" + origin(item) + ")"));
        }
        if (item.category() != null) {
            add(fact(
                    "category",
                    item.category().charAt(0) + item.category().substring(1).toLowerCase(Locale.ROOT)));
        }
        List<String> actors =
                item.actors().stream().map(EventDetails.ActorRef::name).toList();
        if (!actors.isEmpty()) {
            add(fact("actors", String.join(", ", actors)));
        }
        if (!item.newNames().isEmpty()) {
            add(fact("new names to confirm", String.join(", ", item.newNames())));
        }
        if (!item.places().isEmpty()) {
            add(fact("places", String.join(", ", item.places())));
        }
        for (ReviewItem.OtherQuote other : item.sameEventElsewhere()) {
            Paragraph elsewhere = new Paragraph("Also in ");
            elsewhere.addClassName("same-event-elsewhere");
            elsewhere.add(new Anchor("editor/review/" + other.articleSlug(), other.articleTitle()));
            elsewhere.add(new Span(": “" + other.quote() + "” (score " + other.score() + "; " + other.reason() + ")"));
            add(elsewhere);
        }
    }

    private static String origin(ReviewItem item) {
        return switch (item.origin()) {
            case STATED -> "stated";
            case RESOLVED -> "resolved from “" + item.dateText() + "”";
            case INHERITED -> "inherited: " + item.dateText();
            case PUBLICATION -> "publication date: reported as news, with no date of its own";
        };
    }

    private static Paragraph fact(String name, String value) {
        Paragraph line = new Paragraph(name + ": " + value);
        line.getStyle().set("margin", "0");
        return line;
    }
}
