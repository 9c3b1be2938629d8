package org.brtimeline.corpus;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.LocalDate;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.source.Article;
import org.brtimeline.source.ArticleDetails;
import org.brtimeline.source.TextFiles;

/**
 * One article of the corpus: YAML front matter between two {@code ---} lines, then the article's
 * text exactly as published, to the last byte (no newline is added at the end).
 */
record ArticleFile(String fileName, Metadata metadata, String text) {

    private static final String FENCE = "---\n";
    /** Enums as the corpus writes them ({@code DAY}) or as the API does ({@code day}). */
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .findAndAddModules()
            .build();

    /** The front matter. {@code sha256} guards the text against accidental edits. */
    record Metadata(
            String slug,
            String title,
            String titleNote,
            String publisher,
            String publisherNote,
            String url,
            String language,
            LocalDate published,
            DatePrecision publishedPrecision,
            String publishedNote,
            String seed,
            String sha256) {}

    /** Parses a file's content; a byte-order mark and Windows line endings are read as if they were not there. */
    static ArticleFile parse(String fileName, String raw) {
        String content = TextFiles.normalized(raw);
        if (!content.startsWith(FENCE)) {
            throw new CorpusException(fileName, "must start with a '---' line of YAML front matter", null);
        }
        int close = content.indexOf("\n" + FENCE, FENCE.length() - 1);
        if (close < 0) {
            throw new CorpusException(fileName, "the front matter has no closing '---' line", null);
        }
        Metadata metadata;
        try {
            metadata = YAML.readValue(content.substring(FENCE.length(), close + 1), Metadata.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CorpusException(fileName, FrontMatterProblem.of(e), e);
        }
        String text = content.substring(close + 1 + FENCE.length());
        ArticleFile file = new ArticleFile(fileName, metadata, text);
        file.checkIntegrity();
        return file;
    }

    private void checkIntegrity() {
        if (metadata.slug() == null || metadata.published() == null || metadata.publishedPrecision() == null) {
            throw new CorpusException(fileName, "slug, published and publishedPrecision are required", null);
        }
        if (metadata.sha256() != null && !metadata.sha256().equals(Article.checksumOf(text))) {
            throw new CorpusException(
                    fileName, "the text does not match its sha256; an article's text must stay as published", null);
        }
    }

    ArticleDetails details() {
        String note = metadata.publishedNote();
        return new ArticleDetails(
                metadata.slug(),
                metadata.title(),
                metadata.publisher(),
                metadata.url(),
                metadata.language(),
                metadata.published(),
                metadata.publishedPrecision(),
                note);
    }
}
