package org.brtimeline.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.brtimeline.base.ByteSize;
import org.brtimeline.base.InvalidValueException;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.ChronologyEditor;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.ImportedDraft;
import org.brtimeline.chronology.SelectedPassage;
import org.brtimeline.source.ArticleBody;
import org.brtimeline.source.ArticleService;
import org.brtimeline.source.TextFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Imports events from a CSV file with our export's columns or from a TimelineJS JSON file (told apart by their first
 * character), as drafts, all or nothing: every row or slide is read and checked by the event's own rules first, and
 * when anything is rejected nothing is stored and the report says what and why; otherwise all are stored in one
 * transaction. A draft needs no evidence: a quote that resolves here (the article exists and holds those words, at the
 * file's offsets or elsewhere) is cited, one that does not is left out with a note, and so is an actor this
 * chronology does not know.
 */
@Service
public class EventImport {

    private final ChronologyEditor editor;
    private final ChronologyService chronology;
    private final ArticleService articles;
    private final long maxBytes;

    EventImport(
            ChronologyEditor editor,
            ChronologyService chronology,
            ArticleService articles,
            @Value("${app.import.max-total-bytes:50000000}") long maxBytes) {
        this.editor = editor;
        this.chronology = chronology;
        this.articles = articles;
        this.maxBytes = maxBytes;
    }

    /** The largest file accepted: {@code app.import.max-total-bytes}, the limit of every bulk upload. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * An editor's upload; the revisions are the editor's. Events without a category take {@code fallback} when it is
     * not null, and are rejected otherwise.
     */
    @PreAuthorize(org.brtimeline.base.Access.EDITORS_OR_SYSTEM)
    public ImportReport importUpload(byte[] file, Category fallback) {
        return importBytes(file, fallback);
    }

    /** The {@code import-events} command's file, read no further than the limit; the revisions are the system's. */
    public ImportReport importFile(Path file, Category fallback) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxBytes) {
                return ImportReport.refused(
                        "", "the file is larger than " + ByteSize.of(maxBytes) + ", the limit for an import");
            }
            return importBytes(bytes, fallback);
        }
    }

    private ImportReport importBytes(byte[] bytes, Category fallback) {
        if (bytes.length > maxBytes) {
            return ImportReport.refused(
                    "", "the file is larger than " + ByteSize.of(maxBytes) + ", the limit for an import");
        }
        String text;
        try {
            text = TextFiles.normalized(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return ImportReport.refused("", "the file is not UTF-8 text; save it as UTF-8 and try again");
        }
        if (text.isBlank()) {
            return ImportReport.refused("", "the file is empty");
        }
        EventRow.Parsed parsed = text.strip().startsWith("{")
                ? TimelineJsReader.read(text, fallback)
                : CsvEventReader.read(text, fallback);
        return store(parsed);
    }

    private ImportReport store(EventRow.Parsed parsed) {
        List<ImportReport.Problem> rejected = new ArrayList<>(parsed.fileProblems());
        List<ImportReport.Problem> notes = new ArrayList<>();
        List<ImportedDraft> drafts = new ArrayList<>();
        Lookups lookups = new Lookups();
        for (EventRow row : parsed.rows()) {
            row.draft()
                    .problems()
                    .forEach((field, problem) -> row.problem(parsed.fieldNames().apply(field), problem));
            rejected.addAll(row.problems());
            notes.addAll(row.notes());
            row.draft().setActors(actors(row, lookups, notes));
            drafts.add(new ImportedDraft(row.draft(), passages(row, lookups, notes)));
        }
        if (!rejected.isEmpty()) {
            return new ImportReport(parsed.format(), List.of(), rejected, List.of());
        }
        List<EventDetails> stored;
        try {
            stored = editor.importDrafts(drafts);
        } catch (InvalidValueException e) {
            // The file passed the checks but the database refused it (an article removed meanwhile): nothing is stored.
            return ImportReport.refused(parsed.format(), "nothing stored: " + e.getMessage());
        }
        List<ImportReport.Stored> report = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            EventDetails event = stored.get(i);
            report.add(new ImportReport.Stored(parsed.rows().get(i).where(), event.id(), event.title(), event.label()));
        }
        return new ImportReport(parsed.format(), report, List.of(), notes);
    }

    private Set<EventDetails.ActorRef> actors(EventRow row, Lookups lookups, List<ImportReport.Problem> notes) {
        Set<EventDetails.ActorRef> found = new LinkedHashSet<>();
        for (String name : row.actors()) {
            Optional<EventDetails.ActorRef> actor = lookups.actors.computeIfAbsent(
                    name.toLowerCase(java.util.Locale.ROOT), n -> chronology.actorCalled(name));
            actor.ifPresentOrElse(
                    found::add,
                    () -> notes.add(new ImportReport.Problem(
                            row.where(), "actors", "'" + name + "' is not an actor here; not attached")));
        }
        return found;
    }

    /** The quotes that resolve here, each cited once; a note for each that does not. */
    private List<SelectedPassage> passages(EventRow row, Lookups lookups, List<ImportReport.Problem> notes) {
        List<SelectedPassage> passages = new ArrayList<>();
        for (EventRow.Quote quote : row.quotes()) {
            resolve(quote, lookups)
                    .ifPresentOrElse(
                            passage -> {
                                if (!passages.contains(passage)) {
                                    passages.add(passage);
                                }
                            },
                            () -> notes.add(
                                    new ImportReport.Problem(quote.where(), "quote", unresolved(quote, lookups))));
        }
        return passages;
    }

    private Optional<SelectedPassage> resolve(EventRow.Quote quote, Lookups lookups) {
        Optional<ArticleBody> article = lookups.article(quote.articleSlug());
        if (article.isEmpty() || quote.text().isBlank()) {
            return Optional.empty();
        }
        String text = article.get().text();
        Integer start = quote.start();
        Integer end = quote.end();
        if (start != null
                && end != null
                && 0 <= start
                && start < end
                && end <= text.length()
                && text.substring(start, end).equals(quote.text())) {
            return Optional.of(new SelectedPassage(quote.articleSlug(), start, end));
        }
        int found = text.indexOf(quote.text());
        return found < 0
                ? Optional.empty()
                : Optional.of(new SelectedPassage(
                        quote.articleSlug(), found, found + quote.text().length()));
    }

    private static String unresolved(EventRow.Quote quote, Lookups lookups) {
        if (quote.articleSlug().isEmpty()) {
            return "no article_slug says which article it is from; not attached";
        }
        if (quote.text().isBlank()) {
            return "no quote from article '" + quote.articleSlug() + "'; not attached";
        }
        if (lookups.article(quote.articleSlug()).isEmpty()) {
            return "no article '" + quote.articleSlug() + "' here; the quote is not attached";
        }
        return "the words are not in article '" + quote.articleSlug() + "'; the quote is not attached";
    }

    /** What one import looks up, each once. */
    private final class Lookups {
        final Map<String, Optional<EventDetails.ActorRef>> actors = new HashMap<>();
        final Map<String, Optional<ArticleBody>> articles = new HashMap<>();

        Optional<ArticleBody> article(String slug) {
            return slug.isEmpty()
                    ? Optional.empty()
                    : articles.computeIfAbsent(slug, s -> EventImport.this.articles.body(s));
        }
    }
}
