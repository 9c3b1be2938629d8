package org.brtimeline.corpus;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The corpus as read from a folder ({@code classpath:corpus/} or {@code file:...}): article files,
 * actors and curated events, parsed but not yet checked against each other.
 */
record Corpus(List<ArticleFile> articles, List<CuratedActor> actors, List<CuratedEvent> events) {

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    static Corpus read(String location) {
        String base = location.endsWith("/") ? location : location + "/";
        var resolver = new PathMatchingResourcePatternResolver();
        try {
            List<ArticleFile> articles = Arrays.stream(resolver.getResources(base + "articles/*.txt"))
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(r -> ArticleFile.parse("articles/" + r.getFilename(), utf8(r)))
                    .toList();
            if (articles.isEmpty()) {
                throw new CorpusException(base + "articles/: no article files (*.txt)");
            }
            List<CuratedActor> actors = yaml(resolver.getResource(base + "actors.yaml"), new TypeReference<>() {});
            List<CuratedEvent> events = yaml(resolver.getResource(base + "events.yaml"), new TypeReference<>() {});
            return new Corpus(articles, actors, events);
        } catch (IOException e) {
            throw new CorpusException(base + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static <T> List<T> yaml(Resource resource, TypeReference<List<T>> type) {
        try {
            List<T> entries = YAML.readValue(utf8(resource), type);
            return entries == null ? List.of() : entries;
        } catch (IOException e) {
            String where =
                    e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null
                            ? " (line " + jpe.getLocation().getLineNr() + ")"
                            : "";
            throw new CorpusException(resource.getFilename() + where + ": " + rootMessage(e), e);
        }
    }

    private static String rootMessage(IOException e) {
        return e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
                ? jpe.getOriginalMessage()
                : e.getMessage();
    }

    /** Reads strictly as UTF-8: a wrongly encoded file is an error, not a text with replacement characters. */
    private static String utf8(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CorpusException(resource.getFilename() + ": not valid UTF-8", e);
        } catch (IOException e) {
            throw new CorpusException(resource.getFilename() + ": missing or unreadable (" + e.getMessage() + ")", e);
        }
    }
}
