package org.brtimeline.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventDetails.EvidenceDetails;

/**
 * The evidence as W3C Web Annotations (JSON-LD): one annotation per quote, in an annotation collection, whose body
 * names the event and whose targets are the quoted passage in our copy of the article (with a TextQuoteSelector and a
 * TextPositionSelector) and, when known, in the original (a TextQuoteSelector only: its markup has other offsets).
 * Positions count Unicode code points, as the model asks, not the UTF-16 units our offsets use.
 */
public final class WebAnnotations {

    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    /** How much text around the quote the prefix and suffix carry. */
    static final int AFFIX = 32;

    private static final int CACHED_ARTICLES = 16;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonGenerator out;
    private final String site;
    private final Function<String, Optional<ArticleSource>> articles;
    /** The few articles last quoted: events in date order quote the same articles in runs. */
    private final Map<String, Optional<ArticleSource>> recent = new LinkedHashMap<>(CACHED_ARTICLES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<ArticleSource>> eldest) {
            return size() > CACHED_ARTICLES;
        }
    };

    public WebAnnotations(JsonGenerator out, String site, Function<String, Optional<ArticleSource>> articles) {
        this.out = out;
        this.site = site;
        this.articles = articles;
    }

    public void begin(String id, String label) throws IOException {
        out.writeStartObject();
        out.writeStringField("@context", CONTEXT);
        out.writeStringField("id", id);
        out.writeStringField("type", "AnnotationCollection");
        out.writeStringField("label", label);
        out.writeObjectFieldStart("first");
        out.writeStringField("type", "AnnotationPage");
        out.writeArrayFieldStart("items");
    }

    public void write(EventDetails event) throws IOException {
        for (EvidenceDetails evidence : event.evidence()) {
            out.writeTree(annotation(event, evidence));
        }
    }

    public void end() throws IOException {
        out.writeEndArray();
        out.writeEndObject();
        out.writeEndObject();
        out.flush();
    }

    ObjectNode annotation(EventDetails event, EvidenceDetails evidence) {
        ObjectNode annotation = NODES.objectNode()
                .put("id", site + "/events/" + event.id() + "#evidence-" + evidence.id())
                .put("type", "Annotation")
                .put("motivation", "describing");
        ArrayNode body = annotation.putArray("body");
        body.addObject()
                .put("type", "TextualBody")
                .put("purpose", "describing")
                .put("format", "text/plain")
                .put("value", event.label() + ": " + event.title());
        body.addObject()
                .put("id", site + "/events/" + event.id())
                .put("type", "Text")
                .put("format", "text/html");
        Optional<ArticleSource> article = recent.computeIfAbsent(evidence.articleSlug(), articles);
        ArrayNode targets = annotation.putArray("target");
        ObjectNode ours = targets.addObject()
                .put("type", "SpecificResource")
                .put("source", site + "/articles/" + evidence.articleSlug());
        ArrayNode selectors = ours.putArray("selector");
        article.ifPresentOrElse(
                a -> {
                    selectors.add(quoteSelector(a.text(), evidence.startOffset(), evidence.endOffset()));
                    selectors.add(positionSelector(a.text(), evidence.startOffset(), evidence.endOffset()));
                },
                () -> selectors.addObject().put("type", "TextQuoteSelector").put("exact", evidence.quote()));
        article.map(ArticleSource::originalUrl)
                .filter(url -> !url.isBlank())
                .ifPresent(url -> targets.addObject()
                        .put("type", "SpecificResource")
                        .put("source", url)
                        .set("selector", selectors.get(0).deepCopy()));
        return annotation;
    }

    static ObjectNode quoteSelector(String text, int start, int end) {
        return NODES.objectNode()
                .put("type", "TextQuoteSelector")
                .put("exact", text.substring(start, end))
                .put("prefix", text.substring(whole(text, Math.max(0, start - AFFIX), -1), start))
                .put("suffix", text.substring(end, whole(text, Math.min(text.length(), end + AFFIX), 1)));
    }

    static ObjectNode positionSelector(String text, int start, int end) {
        return NODES.objectNode()
                .put("type", "TextPositionSelector")
                .put("start", text.codePointCount(0, start))
                .put("end", text.codePointCount(0, end));
    }

    /** Moves an offset off the middle of a surrogate pair (back or forward by one), so that no character is cut. */
    private static int whole(String text, int offset, int step) {
        return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                ? offset + step
                : offset;
    }
}
