package org.brtimeline.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Citations as CSL-JSON, the input of citeproc processors (Zotero, Pandoc, Mendeley): an array of items of type
 * {@code article-newspaper}, dates as {@code date-parts} of one to three numbers, the quotes as the abstract (exactly,
 * line breaks and all).
 */
final class CslJson {

    private CslJson() {}

    static String write(ObjectMapper json, List<CitedSource> sources, LocalDate accessed) {
        ArrayNode items = json.createArrayNode();
        for (CitedSource source : sources) {
            ObjectNode item = items.addObject();
            item.put("id", source.key());
            item.put("type", "article-newspaper");
            item.put("title", source.title());
            item.put("container-title", source.publisher());
            item.put("publisher", source.publisher());
            if (source.language() != null) {
                item.put("language", source.language());
            }
            if (!source.issued().isEmpty()) {
                date(item.putObject("issued"), source.issued());
            }
            item.put("URL", source.url());
            date(
                    item.putObject("accessed"),
                    List.of(accessed.getYear(), accessed.getMonthValue(), accessed.getDayOfMonth()));
            item.put("abstract", String.join("\n\n", source.quotes()));
            item.put("note", source.note());
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void date(ObjectNode date, List<Integer> parts) {
        ArrayNode values = date.putArray("date-parts").addArray();
        parts.forEach(values::add);
    }
}
