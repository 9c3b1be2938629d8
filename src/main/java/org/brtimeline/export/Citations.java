package org.brtimeline.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventDetails.EvidenceDetails;
import org.brtimeline.source.Article;
import org.brtimeline.source.ArticleService;
import org.springframework.stereotype.Service;

/**
 * The sources of an event as citations for reference managers, in CSL-JSON, BibTeX and RIS: one reference per article
 * the event's evidence quotes, with today as the date the source was accessed.
 */
@Service
public class Citations {

    /** A citation format: the extension of its file and its media type. */
    public enum Format {
        CSL_JSON("CSL-JSON", "json", "application/vnd.citationstyles.csl+json"),
        BIBTEX("BibTeX", "bib", "application/x-bibtex"),
        RIS("RIS", "ris", "application/x-research-info-systems");

        private final String label;
        private final String extension;
        private final String mediaType;

        Format(String label, String extension, String mediaType) {
            this.label = label;
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String label() {
            return label;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    private final ArticleService articles;
    private final ObjectMapper json;
    private final Clock clock;

    Citations(ArticleService articles, ObjectMapper json, Clock clock) {
        this.articles = articles;
        this.json = json;
        this.clock = clock;
    }

    /** The event's sources in a format; links are absolute, starting with {@code site}. */
    public String format(Format format, EventDetails event, String site) {
        List<CitedSource> sources = sources(event, site);
        LocalDate accessed = LocalDate.now(clock);
        return switch (format) {
            case CSL_JSON -> CslJson.write(json, sources, accessed);
            case BIBTEX -> BibTex.write(sources, accessed);
            case RIS -> Ris.write(sources, accessed);
        };
    }

    /** Where the file of an event's citations in a format is served, below the site. */
    public static String address(long eventId, Format format) {
        return "api/events/" + eventId + "/cite." + format.extension();
    }

    /** One source per article, in the order of the evidence, with every quote from it. */
    List<CitedSource> sources(EventDetails event, String site) {
        Map<String, List<EvidenceDetails>> byArticle = new LinkedHashMap<>();
        for (EvidenceDetails evidence : event.evidence()) {
            byArticle
                    .computeIfAbsent(evidence.articleSlug(), slug -> new ArrayList<>())
                    .add(evidence);
        }
        String note = "Cited as evidence for “" + event.title() + "” (" + event.label() + "), " + site + "/events/"
                + event.id();
        return byArticle.entrySet().stream()
                .map(entry -> source(entry.getKey(), entry.getValue(), note, site))
                .toList();
    }

    private CitedSource source(String slug, List<EvidenceDetails> evidence, String note, String site) {
        EvidenceDetails first = evidence.get(0);
        Article article = articles.find(slug).orElse(null);
        String url = article != null && article.url() != null ? article.url() : site + "/articles/" + slug;
        return new CitedSource(
                slug,
                first.articleTitle(),
                first.publisher(),
                article == null ? null : article.language(),
                CitedSource.dateParts(first.articlePublished(), first.articlePublishedPrecision()),
                url,
                evidence.stream().map(EvidenceDetails::quote).toList(),
                note);
    }
}
